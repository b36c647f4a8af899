package cn.jixiao.report.rendering.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Chinese typeface every rendered report uses: Noto Serif SC Regular, a Song-style (宋体) face under the SIL
 * Open Font License 1.1 (fonts/OFL.txt), bundled as a resource so a fresh machine or a CI runner needs no system
 * font. It must be TrueType-outlined: openhtmltopdf cannot embed CFF-outlined CJK fonts and, with no usable font,
 * silently prints every Chinese character as {@code #}. Bold is not bundled (it would double the 14.8 MB): PDF and
 * charts embolden this face where bold is asked for.
 */
public final class BundledFont {

    /** The family name documents ask for in CSS and that the PDF renderer registers the face under. */
    public static final String FAMILY = "Noto Serif SC";

    private static final String RESOURCE = "/fonts/NotoSerifSC-Regular.ttf";

    private BundledFont() {
    }

    /** A fresh stream over the TrueType file, read from the classpath once and kept in memory. */
    public static InputStream open() {
        return new ByteArrayInputStream(Loaded.BYTES);
    }

    /** The face for Java2D drawing (charts), at the given point size. */
    public static Font awt(int style, float size) {
        return Loaded.AWT.deriveFont(style, size);
    }

    /** Loaded on first use only: a service that never renders keeps 15 MB of heap free. */
    private static final class Loaded {

        private static final byte[] BYTES = read();
        private static final Font AWT = createAwtFont();

        private static byte[] read() {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled font " + RESOURCE + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Font createAwtFont() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES));
            } catch (FontFormatException e) {
                throw new IllegalStateException("The bundled font " + RESOURCE + " is not a TrueType font", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
