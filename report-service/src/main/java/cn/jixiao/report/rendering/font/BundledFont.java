package cn.jixiao.report.rendering.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Chinese typeface every rendered report uses: Noto Serif SC, a Song-style (宋体) face under the SIL Open Font
 * License 1.1 (fonts/OFL.txt), bundled as a resource in two weights, Regular (400) for the text and Bold (700) for
 * titles, headings and table headers, so a fresh machine or a CI runner needs no system font. Both must be
 * TrueType-outlined: openhtmltopdf cannot embed CFF-outlined CJK fonts and, with no usable font, silently prints
 * every Chinese character as {@code #}. A real bold face is bundled because a Regular emboldened by the renderer
 * reads as smudged, not bold, in print.
 */
public final class BundledFont {

    /** The family name documents ask for in CSS and that the PDF renderer registers both faces under. */
    public static final String FAMILY = "Noto Serif SC";

    private static final String REGULAR = "/fonts/NotoSerifSC-Regular.ttf";
    private static final String BOLD = "/fonts/NotoSerifSC-Bold.ttf";

    private BundledFont() {
    }

    /** A fresh stream over the Regular TrueType file, read from the classpath once and kept in memory. */
    public static InputStream open() {
        return new ByteArrayInputStream(Regular.BYTES);
    }

    /** A fresh stream over the Bold TrueType file, read from the classpath once and kept in memory. */
    public static InputStream openBold() {
        return new ByteArrayInputStream(Bold.BYTES);
    }

    /** The face for Java2D drawing (charts), at the given point size: the Bold file for {@link Font#BOLD}. */
    public static Font awt(int style, float size) {
        if ((style & Font.BOLD) != 0) {
            return Bold.AWT.deriveFont(style & ~Font.BOLD, size);
        }
        return Regular.AWT.deriveFont(style, size);
    }

    /** Loaded on first use only: a service that never renders keeps 15 MB of heap free. */
    private static final class Regular {

        private static final byte[] BYTES = read(REGULAR);
        private static final Font AWT = awtFont(REGULAR, BYTES);
    }

    /** Loaded on first use only, apart from the Regular: a page without bold text does not read it. */
    private static final class Bold {

        private static final byte[] BYTES = read(BOLD);
        private static final Font AWT = awtFont(BOLD, BYTES);
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awtFont(String resource, byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font " + resource + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
