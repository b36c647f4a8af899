package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.questionnaire.Question;
import cn.jixiao.evaluation.questionnaire.Questionnaire;
import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.questionnaire.SurveyTally;
import cn.jixiao.evaluation.questionnaire.Tallying;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyActualsTest {

    private static final Questionnaire RESIDENTS = Questionnaire.of("金辰街道民族团结进步示范街道创建居民满意度调查",
            "jc-residents", List.of(new Question(1, "您对示范街道创建工作的总体满意度", null, null),
                    new Question(2, "您对民族团结主题活动的满意度", null, null)), null);

    private static final ScoringInputs REPORTED = ScoringInputs.NONE.withActuals(List.of(
            new ReportedActual("jc-residents", "90%", new BigDecimal("90"), "问卷回收偏少"),
            new ReportedActual("jc-activities", "9次", new BigDecimal("9"), null)), 4);

    @Test
    void aSurveysRateReplacesTheReportedActualOfItsIndicatorKeepingTheDeviationNote() {
        ScoringInputs surveyed = SurveyActuals.applyTo(REPORTED, List.of(counted("jc-residents", 192, 8)));

        assertThat(surveyed.actuals()).containsExactlyInAnyOrder(
                new ReportedActual("jc-activities", "9次", new BigDecimal("9"), null),
                new ReportedActual("jc-residents", "96.00%", new BigDecimal("96.00"), "问卷回收偏少"));
        assertThat(surveyed.actualsRevision()).isEqualTo(4);
    }

    @Test
    void aSurveyOfAnIndicatorWithoutAReportedActualSuppliesIt() {
        ScoringInputs surveyed = SurveyActuals.applyTo(REPORTED, List.of(counted("jc-merchants", 47, 3)));

        assertThat(surveyed.actuals()).contains(new ReportedActual("jc-merchants", "94.00%", new BigDecimal("94.00"), null));
    }

    @Test
    void aSurveyWithoutResponsesChangesNothing() {
        Survey defined = new Survey("s", RESIDENTS, null, null, Instant.EPOCH, "editor");

        assertThat(SurveyActuals.applyTo(REPORTED, List.of(defined))).isSameAs(REPORTED);
    }

    private static Survey counted(String indicatorId, long satisfied, long other) {
        Questionnaire questionnaire = new Questionnaire("调查", indicatorId, RESIDENTS.questions(), 1);
        SurveyTally tally = Tallying.ofCounts(questionnaire, Map.of(1, Map.of("满意", satisfied, "一般", other)), 0);
        return new Survey("s-" + indicatorId, questionnaire, tally, Survey.ENTERED_COUNTS, Instant.EPOCH, "editor");
    }
}
