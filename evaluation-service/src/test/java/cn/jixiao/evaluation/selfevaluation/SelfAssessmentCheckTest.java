package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.QualitativeBands;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SelfAssessmentCheckTest {

    private static final List<ProjectIndicator> INDICATORS = List.of(
            new ProjectIndicator("td-environment", IndicatorDimension.ECOLOGICAL_BENEFIT, "社区人居环境",
                    new Target("明显改善", null, null, null, null), IndicatorDirection.QUALITATIVE, new BigDecimal("10"), "走访"),
            new ProjectIndicator("td-trees", IndicatorDimension.QUANTITY, "补植乔木", new Target("≥200株", "GE", new BigDecimal("200"), null, "株"),
                    IndicatorDirection.POSITIVE, new BigDecimal("20"), "台账"));

    @Test
    void aScoreInsideItsGradesBandPassesAndTheBandsBordersCountAsTheNationalRulesSay() {
        assertThatNoException().isThrownBy(() -> check(graded(QualitativeGrade.PARTLY_ACHIEVED, "7")));
        assertThatNoException().isThrownBy(() -> check(graded(QualitativeGrade.PARTLY_ACHIEVED, "6")));
        assertThatNoException().isThrownBy(() -> check(graded(QualitativeGrade.ACHIEVED, "10")));
        assertThat(problems(graded(QualitativeGrade.PARTLY_ACHIEVED, "8"))).hasSize(1);
    }

    @Test
    void aScoreOutsideItsGradesBandIsRefusedWith422ListingTheAllowedRange() {
        assertThatThrownBy(() -> check(graded(QualitativeGrade.ACHIEVED, "7")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    List<?> errors = (List<?>) problem.toProblemDetail().getProperties().get("errors");
                    SelfAssessmentCheck.Problem only = (SelfAssessmentCheck.Problem) errors.get(0);
                    assertThat(only.indicatorId()).isEqualTo("td-environment");
                    assertThat(only.allowed()).containsEntry("from", new BigDecimal("8.00"))
                            .containsEntry("to", new BigDecimal("10.00")).containsEntry("toInclusive", true);
                    assertThat(only.zh()).contains("8.00 分（含）至 10.00 分（含）");
                    assertThat(only.en()).contains("from 8.00 inclusive to 10.00 inclusive");
                });
    }

    @Test
    void everyProblemIsListedAtOnce() {
        SelfAssessment wrong = new SelfAssessment(List.of(
                new IndicatorAssessment("td-trees", QualitativeGrade.ACHIEVED.name(), new BigDecimal("20"), false, null),
                new IndicatorAssessment("td-environment", QualitativeGrade.NOT_ACHIEVED.name(), null, true, " "),
                new IndicatorAssessment("nope", null, null, true, "不适用")), null);

        assertThat(problems(wrong)).extracting(SelfAssessmentCheck.Problem::zh).containsExactly(
                "指标「补植乔木」不是定性指标，按实际完成值计分，不能评定等级",
                "指标「社区人居环境」标为不适用，需填写原因",
                "定性指标「社区人居环境」需同时选择等级并填写得分",
                "项目没有指标「nope」");
    }

    @Test
    void scoresHaveAtMostTwoDecimals() {
        assertThat(problems(graded(QualitativeGrade.ACHIEVED, "9.555"))).hasSize(1);
    }

    private static SelfAssessment graded(QualitativeGrade grade, String score) {
        return new SelfAssessment(List.of(new IndicatorAssessment("td-environment", grade.name(), new BigDecimal(score), false, null)), null);
    }

    private static void check(SelfAssessment assessment) {
        SelfAssessmentCheck.check(assessment, INDICATORS, QualitativeBands.nationalDefault());
    }

    private static List<SelfAssessmentCheck.Problem> problems(SelfAssessment assessment) {
        return SelfAssessmentCheck.problems(assessment, INDICATORS, QualitativeBands.nationalDefault());
    }
}
