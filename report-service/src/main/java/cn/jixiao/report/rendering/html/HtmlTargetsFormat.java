package cn.jixiao.report.rendering.html;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;

/** The 绩效目标表 as a web page: the same XHTML its PDF is printed from. */
@Component
public class HtmlTargetsFormat implements TargetsFormat {

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
    public byte[] render(TargetsForm form) {
        return TargetsFormHtml.render(form).getBytes(StandardCharsets.UTF_8);
    }
}
