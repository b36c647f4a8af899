package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.Grade;

/**
 * The totals and the grade distribution of the district's (or the street's) projects, from the summary pipeline's
 * one document per grade. Plain Java.
 */
@Schema(description = "合计与等级分布 / totals and grade distribution")
public record OverviewSummary(
        @Schema(description = "项目数 / projects") long projects,
        @Schema(description = "全年预算数合计（元）/ total full-year budget, yuan") Yuan budget,
        @Schema(description = "全年执行数合计（元）/ total executed, yuan") Yuan executed,
        @Schema(description = "总体执行率（%）= 执行数合计 ÷ 预算数合计 / overall execution rate in %") BigDecimal executionRate,
        @Schema(description = "等级分布，依次为 优、良、中、差、未评分 / grade distribution: 优, 良, 中, 差, 未评分")
        List<GradeCount> gradeDistribution) {

    static final String UNGRADED = "未评分";

    @Schema(description = "一个等级的项目数 / projects of one grade")
    public record GradeCount(@Schema(description = "等级 / grade", example = "优") String grade,
                             @Schema(description = "项目数 / projects") long projects) {
    }

    static OverviewSummary of(List<Document> byGrade) {
        long projects = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Document grade : byGrade) {
            projects += ((Number) grade.get("projects")).longValue();
            budget = budget.add(StoredValues.decimal(grade.get("budget")));
            executed = executed.add(StoredValues.decimal(grade.get("executed")));
        }
        List<GradeCount> distribution = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            distribution.add(new GradeCount(grade.name(), count(byGrade, grade.name())));
        }
        distribution.add(new GradeCount(UNGRADED, count(byGrade, null)));
        Yuan totalBudget = new Yuan(budget);
        Yuan totalExecuted = new Yuan(executed);
        return new OverviewSummary(projects, totalBudget, totalExecuted, OverviewRow.rate(totalBudget, totalExecuted),
                List.copyOf(distribution));
    }

    private static long count(List<Document> byGrade, String grade) {
        return byGrade.stream().filter(bucket -> Objects.equals(bucket.get("_id"), grade))
                .mapToLong(bucket -> ((Number) bucket.get("projects")).longValue()).sum();
    }
}
