package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.template.Grade;

/**
 * The totals and the counts of the district's (or the street's) projects: everything the caller may see, whatever
 * the table's filter. Plain Java.
 */
@Schema(description = "合计与分布，总是覆盖本人可见的全部项目，不受筛选影响 / totals and counts over every project the caller "
        + "may see, whatever the filter")
public record OverviewSummary(
        @Schema(description = "项目数 / projects") long projects,
        @Schema(description = "全年预算数合计（元）/ total full-year budget, yuan") Yuan budget,
        @Schema(description = "全年执行数合计（元）/ total executed, yuan") Yuan executed,
        @Schema(description = "总体执行率（%）= 执行数合计 ÷ 预算数合计 / overall execution rate in %") BigDecimal executionRate,
        @Schema(description = "等级分布，依次为 优、良、中、差、未评分 / grade distribution: 优, 良, 中, 差, 未评分")
        List<GradeCount> gradeDistribution,
        @Schema(description = "各状态项目数，按流程顺序，含为 0 的状态 / projects by status, in workflow order, zeros included")
        List<StatusCount> statusCounts,
        @Schema(description = "各监控灯项目数，依次为 红灯、黄灯、绿灯、无 / projects by monitoring light: RED, YELLOW, GREEN, NONE")
        List<LightCount> lightCounts) {

    static final String UNGRADED = "未评分";

    @Schema(description = "一个等级的项目数 / projects of one grade")
    public record GradeCount(@Schema(description = "等级 / grade", example = "优") String grade,
                             @Schema(description = "项目数 / projects") long projects) {
    }

    @Schema(description = "一个状态的项目数 / projects in one status")
    public record StatusCount(@Schema(description = "状态 / status", example = "SUBMITTED") EvaluationStatus status,
                              @Schema(description = "状态名称 / label", example = "已提交") String label,
                              @Schema(description = "项目数 / projects") long projects) {
    }

    @Schema(description = "一种监控灯的项目数 / projects with one monitoring light")
    public record LightCount(@Schema(description = "监控灯；NONE 为无预算或无月度支出 / light; NONE without budget or monthly "
                                     + "spending", example = "RED") OverviewLight light,
                             @Schema(description = "灯色 / label", example = "红灯") String label,
                             @Schema(description = "项目数 / projects") long projects) {
    }

    public OverviewSummary {
        gradeDistribution = List.copyOf(gradeDistribution);
        statusCounts = List.copyOf(statusCounts);
        lightCounts = List.copyOf(lightCounts);
    }

    /** The summary of these rows, each with its light as of the requested month. */
    static OverviewSummary of(List<ShownRow> visible) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        long ungraded = 0;
        Map<EvaluationStatus, Long> byStatus = new EnumMap<>(EvaluationStatus.class);
        Map<OverviewLight, Long> byLight = new EnumMap<>(OverviewLight.class);
        for (ShownRow shown : visible) {
            BoardRow row = shown.row();
            budget = row.budget() == null ? budget : budget.add(row.budget().amount());
            executed = row.executed() == null ? executed : executed.add(row.executed().amount());
            if (row.grade() == null) {
                ungraded++;
            } else {
                byGrade.merge(row.grade(), 1L, Long::sum);
            }
            byStatus.merge(row.status(), 1L, Long::sum);
            byLight.merge(shown.light(), 1L, Long::sum);
        }
        List<GradeCount> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            grades.add(new GradeCount(grade.name(), byGrade.getOrDefault(grade, 0L)));
        }
        grades.add(new GradeCount(UNGRADED, ungraded));
        List<StatusCount> statuses = new ArrayList<>();
        for (EvaluationStatus status : EvaluationStatus.values()) {
            statuses.add(new StatusCount(status, status.zh(), byStatus.getOrDefault(status, 0L)));
        }
        List<LightCount> lights = new ArrayList<>();
        for (OverviewLight light : OverviewLight.values()) {
            lights.add(new LightCount(light, light.label(), byLight.getOrDefault(light, 0L)));
        }
        Yuan totalBudget = new Yuan(budget);
        Yuan totalExecuted = new Yuan(executed);
        return new OverviewSummary(visible.size(), totalBudget, totalExecuted, OverviewRow.rate(totalBudget, totalExecuted),
                grades, statuses, lights);
    }
}
