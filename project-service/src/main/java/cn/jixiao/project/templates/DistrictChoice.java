package cn.jixiao.project.templates;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.evaluation.TemplateChosen;

/**
 * The template version a district chose in evaluation-service, kept from its {@code TemplateChosen} events
 * (the newest revision wins), so that a project's weights are checked against the template that will score it.
 */
@Document(DistrictChoice.COLLECTION)
record DistrictChoice(@Id String districtId, String templateId, int version, long revision) {

    static final String COLLECTION = "template_choices";

    static DistrictChoice of(TemplateChosen chosen) {
        return new DistrictChoice(chosen.districtId(), chosen.templateId(), chosen.version(), chosen.revision());
    }

    boolean chose(EvaluationTemplate template) {
        return templateId.equals(template.templateId()) && version == template.version();
    }
}
