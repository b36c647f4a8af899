package cn.jixiao.report.rendering.html;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;
import cn.jixiao.report.rendering.FileRenderer;

/** The 绩效目标表 as a web page: the same XHTML its PDF is printed from. */
@Component
public class HtmlTargetsFormat extends FileRenderer<TargetsForm> implements TargetsFormat {

    public HtmlTargetsFormat() {
        super(FileType.HTML, form -> TargetsFormHtml.render(form).getBytes(StandardCharsets.UTF_8));
    }
}
