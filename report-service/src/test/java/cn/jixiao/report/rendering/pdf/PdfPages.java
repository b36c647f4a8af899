package cn.jixiao.report.rendering.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back as a reader would: its text page by page, its fonts, its page sizes. */
final class PdfPages {

    /** Where the tests leave the rendered files for a person to look at. */
    static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    private PdfPages() {
    }

    /** Each page's text in drawing order, so a table cell's wrapped lines come out together. */
    static List<String> text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of the fonts the text's glyphs are drawn with, wherever a line of the PDF contains {@code text}
     * (compared without white space), e.g. {@code ABCDEF+NotoSerifSC-Bold}.
     */
    static Set<String> fontsOf(byte[] pdf, String text) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new TreeSet<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    if (compact(line).contains(compact(text))) {
                        positions.forEach(position -> fonts.add(position.getFont().getName()));
                    }
                    super.writeString(line, positions);
                }
            };
            stripper.getText(document);
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without any white space: line breaks inside table cells and headings no longer matter. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Every font used on every page, with the page it was found on. */
    static List<String> fontsNotEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> notEmbedded = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add("page " + number + ": " + font.getName());
                    }
                }
            }
            return notEmbedded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int fontCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (PDPage page : document.getPages()) {
                for (COSName ignored : page.getResources().getFontNames()) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<float[]> pageSizes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            document.getPages().forEach(page -> sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()}));
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders one page (0-based) to a PNG file at the given resolution and returns the image. */
    static BufferedImage pageToPng(byte[] pdf, int pageIndex, Path png) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 110, ImageType.RGB);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(byte[] file, String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve(name), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
