package cn.jixiao.project.templates;

import java.util.Collection;
import java.util.Comparator;

/**
 * Which template a project's indicators are checked against: the version its district chose in
 * evaluation-service, once that version has arrived here; otherwise the national default (its latest published
 * version, else the built-in copy). This is the rule evaluation-service scores by, so a project is checked
 * against the weights it will be scored with; a template a district copied or changed but did not choose
 * changes nothing.
 */
public final class TemplateSelection {

    private TemplateSelection() {
    }

    /**
     * @param choice    the district's choice, {@code null} if it has chosen nothing yet
     * @param published the candidate templates received (the chosen one and the national default's versions)
     */
    static EvaluationTemplate applicable(DistrictChoice choice, Collection<EvaluationTemplate> published) {
        if (choice != null) {
            var chosen = published.stream().filter(choice::chose).findFirst();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return published.stream()
                .filter(template -> EvaluationTemplate.NATIONAL_DEFAULT_ID.equals(template.templateId()))
                .max(Comparator.comparingInt(EvaluationTemplate::version))
                .orElse(EvaluationTemplate.NATIONAL_DEFAULT);
    }
}
