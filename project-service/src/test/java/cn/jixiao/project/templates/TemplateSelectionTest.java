package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.TemplatePublished;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which template a project is checked against: the version its district chose, the same rule evaluation-service
 * scores by; a template published but not chosen changes nothing.
 */
class TemplateSelectionTest {

    static final EvaluationTemplate NATIONAL_V1 = template("national-default", 1, null, "2024-01-01T00:00:00Z");
    static final EvaluationTemplate PLATFORM_EIGHTY = template("excellent-from-80", 1, null, "2024-02-01T00:00:00Z");
    static final EvaluationTemplate PANLONG_V1 = template("panlong-copy", 1, "panlong", "2024-01-15T00:00:00Z");
    static final EvaluationTemplate PANLONG_V2 = template("panlong-copy", 2, "panlong", "2024-03-01T00:00:00Z");

    @Test
    void withNothingChosenTheNationalDefaultApplies() {
        assertThat(TemplateSelection.applicable(null, List.of())).isEqualTo(EvaluationTemplate.NATIONAL_DEFAULT);
        assertThat(TemplateSelection.applicable(null, List.of(PANLONG_V2, PLATFORM_EIGHTY, NATIONAL_V1)))
                .as("published later, but not chosen").isEqualTo(NATIONAL_V1);
    }

    @Test
    void theChosenVersionAppliesEvenWhenANewerOneWasPublished() {
        DistrictChoice chosen = new DistrictChoice("panlong", "panlong-copy", 1, 1);

        assertThat(TemplateSelection.applicable(chosen, List.of(NATIONAL_V1, PANLONG_V2, PANLONG_V1))).isEqualTo(PANLONG_V1);
    }

    @Test
    void aChoiceWhoseTemplateHasNotArrivedYetLeavesTheNationalDefault() {
        DistrictChoice chosen = new DistrictChoice("panlong", "panlong-copy", 3, 2);

        assertThat(TemplateSelection.applicable(chosen, List.of(NATIONAL_V1, PANLONG_V2))).isEqualTo(NATIONAL_V1);
    }

    private static EvaluationTemplate template(String id, int version, String district, String publishedAt) {
        return new EvaluationTemplate(id, version, id, district, Instant.parse(publishedAt),
                List.of(new TemplatePublished.Part("OUTPUT", new BigDecimal("90"))));
    }
}
