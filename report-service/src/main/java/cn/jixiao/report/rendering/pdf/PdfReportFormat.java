package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.report.rendering.html.ReportHtml;

/** The report as PDF: A4, page numbers, the Chinese face embedded; printed from the HTML preview's markup. */
@Component
public class PdfReportFormat implements ReportFormat {

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public byte[] render(ReportDocument document) {
        return PdfPrinter.print(ReportHtml.render(document));
    }
}
