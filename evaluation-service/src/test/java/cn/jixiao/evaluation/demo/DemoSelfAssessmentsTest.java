package cn.jixiao.evaluation.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.selfevaluation.IndicatorAssessment;
import cn.jixiao.evaluation.selfevaluation.SelfAssessment;
import cn.jixiao.evaluation.template.QualitativeGrade;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSelfAssessmentsTest {

    private final DemoSelfAssessments.Wanted tuodong =
            DemoSelfAssessments.forProject(DemoSelfAssessments.TUODONG_CODE).orElseThrow();

    @Test
    void onlyTheDemoProjectsAreGraded() {
        assertThat(DemoSelfAssessments.forProject(DemoSelfAssessments.JINCHEN_CODE)).get()
                .satisfies(jinchen -> assertThat(jinchen.grades()).extracting(IndicatorAssessment::indicatorId)
                        .containsExactly("jc-on-time", "jc-atmosphere", "jc-mechanism"));
        assertThat(DemoSelfAssessments.forProject("530103-2023-OTHER-001")).isEmpty();
        assertThat(DemoSelfAssessments.forProject(null)).isEmpty();
    }

    @Test
    void theGradesGoOnlyToIndicatorsTheProjectHasAndKeepWhatTheStreetEnteredElsewhere() {
        IndicatorAssessment entered = new IndicatorAssessment("td-trees", null, null, true, "不适用");
        SelfAssessment merged = DemoSelfAssessments.merged(tuodong, Set.of("td-environment", "td-trees"),
                new SelfAssessment(List.of(entered), null)).orElseThrow();

        assertThat(merged.indicators()).containsExactly(entered, new IndicatorAssessment("td-environment",
                QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("7"), false, null));
        assertThat(merged.executionExplanation()).isEqualTo(DemoSelfAssessments.TUODONG_EXPLANATION);
    }

    @Test
    void nothingIsEnteredBeforeTheIndicatorsArriveOrOnceTheGradesAreThere() {
        assertThat(DemoSelfAssessments.merged(tuodong, Set.of(), SelfAssessment.NONE)).isEmpty();
        SelfAssessment applied = new SelfAssessment(List.of(new IndicatorAssessment("td-environment",
                QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("7.00"), false, null)), DemoSelfAssessments.TUODONG_EXPLANATION);
        assertThat(DemoSelfAssessments.merged(tuodong, Set.of("td-environment"), applied)).isEmpty();
    }

    /** A grade read back from the store is an equal string, not the same instance: still nothing to enter. */
    @Test
    void gradesReadBackFromTheStoreAreRecognisedSoTheDemoGradesAreEnteredOnce() {
        SelfAssessment stored = new SelfAssessment(List.of(new IndicatorAssessment("td-environment",
                new String(QualitativeGrade.PARTLY_ACHIEVED.name().toCharArray()), new BigDecimal("7.00"), false, null)),
                new String(DemoSelfAssessments.TUODONG_EXPLANATION.toCharArray()));
        assertThat(DemoSelfAssessments.merged(tuodong, Set.of("td-environment"), stored)).isEmpty();
    }
}
