package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.TemplatePublished;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateSelectionTest {

    static final EvaluationTemplate PLATFORM_V1 = template("platform", 1, null, "2024-01-01T00:00:00Z");
    static final EvaluationTemplate PLATFORM_V2 = template("platform", 2, null, "2024-02-01T00:00:00Z");
    static final EvaluationTemplate PANLONG_V1 = template("panlong-copy", 1, "panlong", "2024-01-15T00:00:00Z");
    static final EvaluationTemplate PANLONG_V2 = template("panlong-copy", 2, "panlong", "2024-03-01T00:00:00Z");
    static final EvaluationTemplate XISHAN_V1 = template("xishan-copy", 1, "xishan", "2024-04-01T00:00:00Z");

    @Test
    void withNothingPublishedTheNationalDefaultApplies() {
        assertThat(TemplateSelection.applicable("panlong", List.of())).isEqualTo(EvaluationTemplate.NATIONAL_DEFAULT);
        assertThat(TemplateSelection.applicable("panlong", List.of(XISHAN_V1))).isEqualTo(EvaluationTemplate.NATIONAL_DEFAULT);
    }

    @Test
    void aDistrictWithoutItsOwnTemplateUsesTheLatestPlatformWideOne() {
        assertThat(TemplateSelection.applicable("panlong", List.of(PLATFORM_V2, PLATFORM_V1, XISHAN_V1))).isEqualTo(PLATFORM_V2);
    }

    @Test
    void aDistrictsOwnTemplateWinsAtItsLatestVersion() {
        assertThat(TemplateSelection.applicable("panlong", List.of(PLATFORM_V1, PANLONG_V2, PANLONG_V1, PLATFORM_V2)))
                .isEqualTo(PANLONG_V2);
        assertThat(TemplateSelection.applicable("xishan", List.of(PANLONG_V2, XISHAN_V1, PLATFORM_V2))).isEqualTo(XISHAN_V1);
    }

    @Test
    void twoVersionsPublishedAtTheSameInstantAreOrderedByVersion() {
        EvaluationTemplate v3 = template("panlong-copy", 3, "panlong", "2024-03-01T00:00:00Z");

        assertThat(TemplateSelection.applicable("panlong", List.of(v3, PANLONG_V2))).isEqualTo(v3);
    }

    private static EvaluationTemplate template(String id, int version, String district, String publishedAt) {
        return new EvaluationTemplate(id, version, id, district, Instant.parse(publishedAt),
                List.of(new TemplatePublished.Part("OUTPUT", new BigDecimal("90"))));
    }
}
