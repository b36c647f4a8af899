package cn.jixiao.report.rendering.html;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;

/** The report as a web page for the browser preview: the same XHTML the PDF is printed from. */
@Component
public class HtmlReportFormat implements ReportFormat {

    @Override
    public String name() {
        return "HTML";
    }

    @Override
    public String contentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public byte[] render(ReportDocument document) {
        return ReportHtml.render(document).getBytes(StandardCharsets.UTF_8);
    }
}
