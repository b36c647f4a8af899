package cn.jixiao.report.rendering.html;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.report.rendering.FileRenderer;

/** The report as a web page for the browser preview: the same XHTML the PDF is printed from. */
@Component
public class HtmlReportFormat extends FileRenderer<ReportDocument> implements ReportFormat {

    public HtmlReportFormat() {
        super(FileType.HTML, report -> ReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
    }
}
