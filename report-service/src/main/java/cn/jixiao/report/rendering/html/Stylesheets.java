package cn.jixiao.report.rendering.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The print and screen stylesheets, kept as resources beside this class and read once. */
final class Stylesheets {

    static final String DOCUMENT = read("document.css");
    static final String REPORT = read("report.css");
    static final String DRAFT = read("draft.css");

    private Stylesheets() {
    }

    private static String read(String name) {
        try (InputStream in = Stylesheets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Stylesheet " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
