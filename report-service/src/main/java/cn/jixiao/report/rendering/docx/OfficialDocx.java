package cn.jixiao.report.rendering.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word file of the service: the document defaults (仿宋 三号), its title and author in the file's properties, the
 * content the format writes, then the bytes. The one place a DOCX is opened, described and written out.
 */
final class OfficialDocx {

    private OfficialDocx() {
    }

    /**
     * @param title   the file's title, e.g. the project's name and the form's
     * @param creator who issues it (the 实施单位), {@code null} for none
     * @param content lays out the page and writes the body
     */
    static byte[] written(String title, String creator, Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxReportFormat.defaults(document);
            document.getProperties().getCoreProperties().setTitle(title);
            if (creator != null) {
                document.getProperties().getCoreProperties().setCreator(creator);
            }
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX 「" + title + "」 could not be written", e);
        }
    }
}
