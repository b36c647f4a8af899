package cn.jixiao.report.rendering.pdf;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;
import cn.jixiao.report.rendering.FileRenderer;
import cn.jixiao.report.rendering.html.TargetsFormHtml;

/** The 绩效目标表 as PDF, printed from its HTML with the bundled face, as the report is. */
@Component
public class PdfTargetsFormat extends FileRenderer<TargetsForm> implements TargetsFormat {

    public PdfTargetsFormat() {
        super(FileType.PDF, form -> PdfPrinter.print(TargetsFormHtml.render(form)));
    }
}
