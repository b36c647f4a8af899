package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.report.rendering.FileRenderer;
import cn.jixiao.report.rendering.html.ReportHtml;

/** The report as PDF: A4, page numbers, the Chinese face embedded; printed from the HTML preview's markup. */
@Component
public class PdfReportFormat extends FileRenderer<ReportDocument> implements ReportFormat {

    public PdfReportFormat() {
        super(FileType.PDF, report -> PdfPrinter.print(ReportHtml.render(report)));
    }
}
