package cn.jixiao.report.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.assembly.ReportSentences;
import cn.jixiao.report.document.DistrictSummary.Row;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.Score;

/**
 * One summary row per project, from its facts and its latest evaluation round: the district's 复核分 total once
 * it set one (that is the score the district stands behind), else the self-score.
 */
final class SummaryRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<String, String> STATUS = Map.of(
            "DRAFT", "填报中",
            "SUBMITTED", "已提交",
            "UNDER_REVIEW", "审核中",
            "RETURNED", "已退回",
            "APPROVED", "审核通过",
            "FINALIZED", "已定稿");

    private SummaryRows() {
    }

    /** @param latest the latest round's snapshot per project id; a project without one has not been scored */
    static List<Row> rows(List<ProjectFacts> projects, Map<String, Evaluation> latest, TenantNames names) {
        return projects.stream()
                .map(project -> row(project, latest.get(project.projectId()), names))
                .sorted(Comparator.comparing(Row::streetName).thenComparing(Row::projectCode))
                .toList();
    }

    private static Row row(ProjectFacts project, Evaluation evaluation, TenantNames names) {
        Yuan budget = project.budget() == null ? Yuan.ZERO : project.budget().fullYearBudget();
        Yuan executed = project.executed() == null ? Yuan.ZERO : project.executed();
        BigDecimal rate = budget.isZero() ? null
                : executed.amount().multiply(HUNDRED).divide(budget.amount(), 2, RoundingMode.HALF_UP);
        Score score = evaluation == null ? null : evaluation.score();
        BigDecimal points = score == null ? null : score.reviewTotal() != null ? score.reviewTotal() : score.total();
        String grade = score == null ? null
                : score.reviewGrade() != null ? ReportSentences.labelOf(score.reviewGrade())
                : score.gradeLabel();
        String status = evaluation == null ? "未开始" : STATUS.getOrDefault(evaluation.status(), evaluation.status());
        return new Row(project.registration().code(), project.registration().name(), names.of(project.tenantId()),
                budget, executed, rate, points, grade, status);
    }
}
