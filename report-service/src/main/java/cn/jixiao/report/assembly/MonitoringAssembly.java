package cn.jixiao.report.assembly;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.readmodel.IndicatorPlan;
import cn.jixiao.report.readmodel.MonitoringRecord;
import cn.jixiao.report.readmodel.MonitoringRound;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.texts.SectionTexts;

/**
 * Fills the 绩效监控表 from the street's submitted form, the round as the district opened it and the project's facts.
 * The submitted lines name their indicator but not its 一级 and 二级: those come from the project's tree (the
 * approved targets in force, else the latest defined), which groups and orders the lines as on the other forms.
 */
public final class MonitoringAssembly {

    /** 一级 of a line whose indicator is not in the tree known here (e.g. its definition not yet heard of). */
    static final String UNGROUPED = "其他指标";

    private MonitoringAssembly() {
    }

    /**
     * @param submitted a record with a submission
     * @param round     the round as opened, {@code null} while not heard of here
     */
    public static MonitoringForm form(ProjectFacts project, MonitoringRecord submitted, MonitoringRound round) {
        MonitoringRecord.Submission submission = submitted.submission();
        int year = round != null ? round.year() : project.year() != 0 ? project.year() : submission.asOf().getYear();
        String code = project.registration() == null ? null : project.registration().code();
        return new MonitoringForm(year, round == null ? null : round.name(), TargetsInForce.date(submission.asOf()),
                orEmpty(project.projectName()), code, project.competentDepartment(), project.implementingUnit(),
                spending(submission.spending()), indicators(project, submission.indicators()),
                review(submitted.reviewOfSubmission()));
    }

    private static MonitoringForm.Spending spending(MonitoringRecord.Spending line) {
        if (line == null) {
            return new MonitoringForm.Spending(null, null, null, null, "序时进度", null, null, null);
        }
        return new MonitoringForm.Spending(line.fullYearBudget(), line.executed(), line.executionRate(),
                line.plannedPercent(), "MONTHLY".equals(line.plan()) ? "计划执行率" : "序时进度", label(line.light()),
                written(line.cause()), written(line.measure()));
    }

    /** The lines by 一级, then 二级, in the standard order; within a 二级 as the street's form lists them. */
    private static List<MonitoringForm.IndicatorRow> indicators(ProjectFacts project,
                                                                List<MonitoringRecord.IndicatorLine> lines) {
        IndicatorPlan tree = TargetsInForce.shown(project);
        Map<String, IndicatorDimension> dimensions = tree == null ? Map.of() : tree.indicators().stream()
                .collect(Collectors.toMap(IndicatorPlan.Indicator::id, IndicatorPlan.Indicator::dimension,
                        (first, second) -> first));
        Function<MonitoringRecord.IndicatorLine, IndicatorDimension> dimensionOf =
                line -> dimensions.get(line.indicatorId());
        // a stable sort: lines not in the tree last, under 其他指标
        return lines.stream()
                .sorted(Comparator.comparingInt((MonitoringRecord.IndicatorLine line) -> order(dimensionOf.apply(line))))
                .map(line -> row(dimensionOf.apply(line), line))
                .toList();
    }

    /** By 一级 in the standard order, then 二级; an indicator not in the tree after all. */
    private static int order(IndicatorDimension dimension) {
        if (dimension == null) {
            return Integer.MAX_VALUE;
        }
        return dimension.category().ordinal() * IndicatorDimension.values().length + dimension.ordinal();
    }

    private static MonitoringForm.IndicatorRow row(IndicatorDimension dimension, MonitoringRecord.IndicatorLine line) {
        return new MonitoringForm.IndicatorRow(dimension == null ? UNGROUPED : dimension.category().label(),
                dimension == null ? "—" : dimension.label(), line.name(), line.target(), written(line.progress()),
                written(line.expected()), label(line.light()), written(line.cause()), written(line.measure()));
    }

    /** 待审核 until the district reviewed the submission in force; then 已通过 or 已退回 with its comment. */
    private static MonitoringForm.Review review(MonitoringRecord.Review review) {
        if (review == null) {
            return new MonitoringForm.Review("待审核", null, null, null);
        }
        return new MonitoringForm.Review(review.approved() ? "已通过" : "已退回", review.reviewedBy(),
                TargetsInForce.date(review.at()), written(review.comment()));
    }

    private static String label(MonitoringLight light) {
        return light == null ? null : light.label();
    }

    private static String written(String text) {
        return SectionTexts.isWritten(text) ? text.strip() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
