package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;
import cn.jixiao.report.rendering.html.TargetsFormHtml;

/** The 绩效目标表 as PDF, printed from its HTML with the bundled face, as the report is. */
@Component
public class PdfTargetsFormat implements TargetsFormat {

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
    public byte[] render(TargetsForm form) {
        return PdfPrinter.print(TargetsFormHtml.render(form));
    }
}
