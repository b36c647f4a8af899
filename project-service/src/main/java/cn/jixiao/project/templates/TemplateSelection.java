package cn.jixiao.project.templates;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Which template a project's indicators are checked against: the latest template published for the
 * project's district, else the latest platform-wide template, else the national default. "Latest" is the
 * most recent publication (a district switching to another template uses it from then on); two
 * publications at the same instant are ordered by version.
 */
public final class TemplateSelection {

    private static final Comparator<EvaluationTemplate> PUBLICATION_ORDER =
            Comparator.comparing(EvaluationTemplate::publishedAt).thenComparingInt(EvaluationTemplate::version);

    private TemplateSelection() {
    }

    public static EvaluationTemplate applicable(String districtId, Collection<EvaluationTemplate> published) {
        return latestOwnedBy(districtId, published)
                .or(() -> latestOwnedBy(null, published))
                .orElse(EvaluationTemplate.NATIONAL_DEFAULT);
    }

    private static Optional<EvaluationTemplate> latestOwnedBy(String districtId, Collection<EvaluationTemplate> published) {
        return published.stream().filter(template -> Objects.equals(template.ownerDistrictId(), districtId))
                .max(PUBLICATION_ORDER);
    }
}
