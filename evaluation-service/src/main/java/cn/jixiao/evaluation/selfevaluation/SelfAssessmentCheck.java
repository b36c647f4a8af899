package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;

import cn.jixiao.evaluation.scoring.Directions;
import cn.jixiao.evaluation.template.QualitativeBand;
import cn.jixiao.evaluation.template.QualitativeBands;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Whether a self-assessment fits the project's indicators and the template: grades only for 定性 indicators,
 * each with points inside its grade's band (the same band test the scoring engine applies), a reason for every
 * indicator marked not applicable. Lists every problem at once, with the allowed range of each misplaced score.
 */
final class SelfAssessmentCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SelfAssessmentCheck() {
    }

    /** One thing wrong with the self-assessment. */
    record Problem(String indicatorId, String zh, String en, Map<String, Object> allowed) {
    }

    /** @throws ProblemException 422 listing every problem */
    static void check(SelfAssessment assessment, List<ProjectIndicator> indicators, QualitativeBands bands) {
        check(assessment, indicators, List.of(), bands);
    }

    /**
     * @param actuals the reported actuals: a measured indicator whose actual is a text (完成) may be graded too
     * @throws ProblemException 422 listing every problem
     */
    static void check(SelfAssessment assessment, List<ProjectIndicator> indicators, List<ReportedActual> actuals,
                      QualitativeBands bands) {
        List<Problem> problems = problems(assessment, indicators, actuals, bands);
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "self-assessment-invalid",
                    Bilingual.of("自评内容有误", "Invalid self-assessment"),
                    Bilingual.of("有 " + problems.size() + " 处需要更正：" + String.join("；", problems.stream().map(Problem::zh).toList()),
                            problems.size() + " item(s) to correct: " + String.join("; ", problems.stream().map(Problem::en).toList())))
                    .with("errors", problems);
        }
    }

    static List<Problem> problems(SelfAssessment assessment, List<ProjectIndicator> indicators, QualitativeBands bands) {
        return problems(assessment, indicators, List.of(), bands);
    }

    static List<Problem> problems(SelfAssessment assessment, List<ProjectIndicator> indicators,
                                  List<ReportedActual> actuals, QualitativeBands bands) {
        Set<String> textActuals = new HashSet<>();
        actuals.stream().filter(actual -> actual.value() == null).forEach(actual -> textActuals.add(actual.indicatorId()));
        Map<String, ProjectIndicator> byId = new LinkedHashMap<>();
        indicators.forEach(indicator -> byId.put(indicator.id(), indicator));
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndicatorAssessment assessed : assessment.indicators()) {
            String id = assessed.indicatorId();
            ProjectIndicator indicator = id == null ? null : byId.get(id);
            if (indicator == null) {
                problems.add(new Problem(id, "项目没有指标「" + id + "」", "The project has no indicator " + id, null));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new Problem(id, "指标「" + indicator.name() + "」重复填写", "Indicator " + id + " is listed twice", null));
            }
            if (assessed.notApplicable() && (assessed.notApplicableReason() == null || assessed.notApplicableReason().isBlank())) {
                problems.add(new Problem(id, "指标「" + indicator.name() + "」标为不适用，需填写原因",
                        "Indicator " + id + " is marked not applicable without a reason", null));
            }
            gradeProblem(assessed, indicator, textActuals.contains(id), bands).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> gradeProblem(IndicatorAssessment assessed, ProjectIndicator indicator,
                                                  boolean textActual, QualitativeBands bands) {
        String id = indicator.id();
        if (assessed.grade() == null && assessed.score() == null) {
            return Optional.empty();
        }
        if (!Directions.isQualitative(indicator.forScoring()) && !textActual) {
            return Optional.of(new Problem(id, "指标「" + indicator.name() + "」不是定性指标，按实际完成值计分，不能评定等级",
                    "Indicator " + id + " is not qualitative: it is scored from its actual, not graded", null));
        }
        if (assessed.grade() == null || assessed.score() == null) {
            return Optional.of(new Problem(id, "定性指标「" + indicator.name() + "」需同时选择等级并填写得分",
                    "Qualitative indicator " + id + " needs both a grade and a score", null));
        }
        Optional<QualitativeBand> graded = bands.find(assessed.grade());
        if (graded.isEmpty()) {
            return Optional.of(new Problem(id, "指标「" + indicator.name() + "」评为「" + assessed.grade()
                    + "」，模板的定性等级中没有此等级，应为 " + bands.gradesListed(),
                    "Indicator " + id + " is graded " + assessed.grade() + ", which the template's qualitative scale "
                            + "does not have; choose one of " + bands.codesListed(),
                    Map.of("grades", bands.bands().stream().map(QualitativeBand::grade).toList())));
        }
        QualitativeBand band = graded.get();
        BigDecimal score = assessed.score();
        if (score.stripTrailingZeros().scale() <= 2 && band.admits(score, indicator.weight())) {
            return Optional.empty();
        }
        BigDecimal from = pointsAt(band.fromPercent(), indicator.weight());
        BigDecimal to = pointsAt(band.toPercent(), indicator.weight());
        Map<String, Object> allowed = new LinkedHashMap<>();
        allowed.put("from", from);
        allowed.put("to", to);
        allowed.put("toInclusive", band.includesTop());
        String toZh = to.toPlainString() + " 分" + (band.includesTop() ? "（含）" : "（不含）");
        String toEn = to.toPlainString() + (band.includesTop() ? " inclusive" : " exclusive");
        return Optional.of(new Problem(id,
                "定性指标「" + indicator.name() + "」评为「" + band.label() + "」，得分应在 " + from.toPlainString()
                        + " 分（含）至 " + toZh + "之间、至多两位小数，实为 " + score.toPlainString(),
                "Qualitative indicator " + id + " graded " + assessed.grade() + " must score from " + from.toPlainString()
                        + " inclusive to " + toEn + ", with at most two decimals; got " + score.toPlainString(),
                allowed));
    }

    private static BigDecimal pointsAt(BigDecimal percent, BigDecimal weight) {
        return weight.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
