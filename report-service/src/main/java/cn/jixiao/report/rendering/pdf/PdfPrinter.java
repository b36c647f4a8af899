package cn.jixiao.report.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.jixiao.report.rendering.font.BundledFont;

/**
 * Prints an XHTML page (from {@code ReportHtml} or {@code SummaryHtml}) to PDF with openhtmltopdf, laid out by its
 * print stylesheet. The bundled Chinese faces, Regular and Bold, are registered under the family name the
 * stylesheets ask for and embedded as subsets, so the text stays selectable and looks the same on every reader;
 * {@link ToUnicodeRepair} then makes that text copy as the ideographs it shows.
 */
public final class PdfPrinter {

    private PdfPrinter() {
    }

    public static byte[] print(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(BundledFont::open, BundledFont.FAMILY, 400, FontStyle.NORMAL, true);
        // Registered at 700 so that bold text (font-weight: bold) is set in the real Bold face, not an emboldened Regular.
        builder.useFont(BundledFont::openBold, BundledFont.FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Jixiao");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ToUnicodeRepair.repair(pdf.toByteArray());
    }
}
