package cn.jixiao.evaluation.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.evaluation.selfevaluation.ScoringInputs;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyActualsTest {

    private static final ScoringInputs REPORTED = ScoringInputs.NONE.with(new ActualsReported("p", "panlong", "jinchen",
            List.of(new Actual("jc-residents", "90%", new BigDecimal("90"), "问卷回收偏少"),
                    new Actual("jc-activities", "9次", new BigDecimal("9"), null)), 4));

    @Test
    void aSurveysRateReplacesTheReportedActualOfItsIndicatorKeepingTheDeviationNote() {
        ScoringInputs surveyed = SurveyActuals.applyTo(REPORTED, List.of(counted("jc-residents", 192, 8)));

        assertThat(surveyed.actuals()).containsExactlyInAnyOrder(
                new Actual("jc-activities", "9次", new BigDecimal("9"), null),
                new Actual("jc-residents", "96.00%", new BigDecimal("96.00"), "问卷回收偏少"));
        assertThat(surveyed.actualsRevision()).isEqualTo(4);
    }

    @Test
    void aSurveyOfAnIndicatorWithoutAReportedActualSuppliesIt() {
        ScoringInputs surveyed = SurveyActuals.applyTo(REPORTED, List.of(counted("jc-merchants", 47, 3)));

        assertThat(surveyed.actuals()).contains(new Actual("jc-merchants", "94.00%", new BigDecimal("94.00"), null));
    }

    @Test
    void aSurveyWithoutResponsesChangesNothing() {
        Survey defined = new Survey("s", TallyingTest.RESIDENTS, null, null, Instant.EPOCH, "editor");

        assertThat(SurveyActuals.applyTo(REPORTED, List.of(defined))).isSameAs(REPORTED);
    }

    private static Survey counted(String indicatorId, long satisfied, long other) {
        Questionnaire questionnaire = new Questionnaire("调查", indicatorId, TallyingTest.RESIDENTS.questions(), 1);
        SurveyTally tally = Tallying.ofCounts(questionnaire, Map.of(1, Map.of("满意", satisfied, "一般", other)), 0);
        return new Survey("s-" + indicatorId, questionnaire, tally, Survey.ENTERED_COUNTS, Instant.EPOCH, "editor");
    }
}
