package cn.jixiao.evaluation.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.selfevaluation.IndicatorAssessment;
import cn.jixiao.evaluation.selfevaluation.ProjectIndicator;
import cn.jixiao.evaluation.selfevaluation.SelfAssessment;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.template.QualitativeGrade;

/**
 * What the demo streets judge themselves, by project code: 金辰's three 定性 indicators 达成 at full marks (so the
 * seed project scores 98.00, 优, as its report does), 拓东's 人居环境 部分达成 with 7 of 10 points and the
 * explanation of its 85% execution rate. Plain data and the merge into an evaluation's self-assessment.
 */
final class DemoSelfAssessments {

    static final String JINCHEN_CODE = "530103-2023-MZTJ-001";
    static final String TUODONG_CODE = "530103-2023-LHSQ-001";
    static final String TUODONG_EXPLANATION = "受雨季影响，两个小区的绿化补植顺延至次年春季，相应工程尾款未在年内支付。";

    /** One project's self-assessment as its street enters it. */
    record Wanted(List<IndicatorAssessment> grades, String executionExplanation) {
    }

    private static final Map<String, Wanted> BY_CODE = Map.of(
            JINCHEN_CODE, new Wanted(List.of(
                    achieved("jc-on-time", "5"),
                    achieved("jc-atmosphere", "10"),
                    achieved("jc-mechanism", "10")), null),
            TUODONG_CODE, new Wanted(List.of(
                    new IndicatorAssessment("td-environment", QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("7"), false, null)),
                    TUODONG_EXPLANATION));

    private DemoSelfAssessments() {
    }

    static Optional<Wanted> forProject(String projectCode) {
        return Optional.ofNullable(projectCode).map(BY_CODE::get);
    }

    /**
     * The self-assessment with the street's demo grades for the indicators the project has so far, the rest of
     * what is already entered kept; empty when there is nothing to change (applied already, or the indicators
     * not there yet), which keeps the demo idempotent.
     */
    static Optional<SelfAssessment> merged(Wanted wanted, Set<String> indicatorIds, SelfAssessment current) {
        List<IndicatorAssessment> grades = wanted.grades().stream()
                .filter(grade -> indicatorIds.contains(grade.indicatorId()))
                .toList();
        Set<String> graded = grades.stream().map(IndicatorAssessment::indicatorId).collect(Collectors.toSet());
        List<IndicatorAssessment> indicators = new ArrayList<>(current.indicators().stream()
                .filter(existing -> !graded.contains(existing.indicatorId()))
                .toList());
        indicators.addAll(grades);
        String explanation = wanted.executionExplanation() == null ? current.executionExplanation() : wanted.executionExplanation();
        boolean unchanged = grades.stream().allMatch(grade -> current.of(grade.indicatorId())
                        .filter(existing -> Objects.equals(existing.grade(), grade.grade()) && existing.score() != null
                                && existing.score().compareTo(grade.score()) == 0)
                        .isPresent())
                && Objects.equals(explanation, current.executionExplanation());
        return grades.isEmpty() || unchanged ? Optional.empty() : Optional.of(new SelfAssessment(indicators, explanation));
    }

    /** The indicators the evaluation has as stored now: only these can be graded. */
    static Set<String> indicatorIds(SelfEvaluation evaluation) {
        return evaluation.inputs().indicators().stream()
                .map(ProjectIndicator::id)
                .collect(Collectors.toSet());
    }

    private static IndicatorAssessment achieved(String indicatorId, String fullMarks) {
        return new IndicatorAssessment(indicatorId, QualitativeGrade.ACHIEVED.name(), new BigDecimal(fullMarks), false, null);
    }
}
