package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.SummaryFormat;
import cn.jixiao.report.rendering.html.SummaryHtml;

/** The district summary as PDF: the project table paged with its header repeated, totals and grade distribution. */
@Component
public class PdfSummaryFormat implements SummaryFormat {

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
    public byte[] render(DistrictSummary summary) {
        return PdfPrinter.print(SummaryHtml.render(summary));
    }
}
