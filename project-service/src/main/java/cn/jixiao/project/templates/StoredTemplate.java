package cn.jixiao.project.templates;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * project-service's copy of one published template version, kept from evaluation-service's events so that
 * checking a project's weights never calls evaluation-service. A published version never changes, so the id
 * {@code templateId@vN} makes storing a redelivered event a harmless overwrite.
 */
@Document(StoredTemplate.COLLECTION)
record StoredTemplate(@Id String id, EvaluationTemplate template) {

    static final String COLLECTION = "templates";

    static StoredTemplate of(EvaluationTemplate template) {
        return new StoredTemplate(template.templateId() + "@v" + template.version(), template);
    }
}
