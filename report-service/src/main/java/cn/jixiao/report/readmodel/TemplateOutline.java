package cn.jixiao.report.readmodel;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.evaluation.TemplatePublished;

/**
 * The report sections of one evaluation template version, from {@code TemplatePublished}: a report follows the
 * sections of the template version that scored its evaluation. A published version never changes, so the
 * document is written once and a redelivery writes the same again.
 *
 * @param id       {@link #idOf}
 * @param sections the chapter headings in order; empty for a template published before it carried them
 */
@Document(TemplateOutline.COLLECTION)
public record TemplateOutline(@Id String id, String templateId, int version, List<String> sections) {

    public static final String COLLECTION = "report_template_outlines";

    public TemplateOutline {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    static TemplateOutline of(TemplatePublished template) {
        return new TemplateOutline(idOf(template.templateId(), template.version()), template.templateId(),
                template.version(), template.reportSections());
    }

    public static String idOf(String templateId, int version) {
        return templateId + "@" + version;
    }
}
