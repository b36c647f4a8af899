package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.SummaryFormat;

/**
 * The district summary as PDF: the project table paged with its header repeated, totals and grade distribution,
 * drawn directly with PDFBox so a district of 6,000 projects renders in seconds.
 */
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
        return ToUnicodeRepair.repair(SummaryPdf.render(summary, title(summary)));
    }

    static String title(DistrictSummary summary) {
        return summary.districtName() + summary.year() + "年度项目支出绩效自评汇总表";
    }
}
