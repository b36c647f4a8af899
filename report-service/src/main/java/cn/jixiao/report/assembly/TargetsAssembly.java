package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.readmodel.Budget;
import cn.jixiao.report.readmodel.IndicatorPlan;
import cn.jixiao.report.readmodel.PerformanceTargets;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.texts.SectionTexts;

/**
 * Fills the 绩效目标表 from report-service's read model: the targets in force once the district approved them (with
 * every 目标调整 since), else the project's latest tree marked 未批复, as a 送审稿 while it waits for the district.
 */
public final class TargetsAssembly {

    private TargetsAssembly() {
    }

    public static TargetsForm form(ProjectFacts project) {
        PerformanceTargets targets = project.targets();
        IndicatorPlan shown = TargetsInForce.shown(project);
        List<IndicatorRow> rows = FormAssembly.inFormOrder(FormAssembly.plannedRows(shown, null), null);
        return new TargetsForm(project.year(), orEmpty(project.projectName()), project.competentDepartment(),
                project.implementingUnit(), targets.isApproved(), stage(targets, shown), funds(project.budget()),
                FormAssembly.expectedGoals(project), rows, approval(targets), adjustments(targets));
    }

    /** 送审稿（未批复） while the submitted tree waits, 未批复 for any other tree not approved; nothing once approved. */
    private static String stage(PerformanceTargets targets, IndicatorPlan shown) {
        if (targets.isApproved()) {
            return null;
        }
        boolean submittedTree = targets.isAwaitingApproval() && shown != null
                && shown.revision() == targets.submitted().revision();
        return submittedTree ? "送审稿（" + TargetsForm.NOT_APPROVED + "）" : "（" + TargetsForm.NOT_APPROVED + "）";
    }

    private static TargetsForm.Approval approval(PerformanceTargets targets) {
        if (targets.approved() != null) {
            PerformanceTargets.Approval approved = targets.approved();
            return new TargetsForm.Approval(targets.adjustments().isEmpty() ? "已批复" : "已批复（经目标调整）",
                    approved.approvedBy(), TargetsInForce.date(approved.at()), written(approved.comment()));
        }
        if (!targets.adjustments().isEmpty()) {
            PerformanceTargets.Adjustment last = targets.adjustments().get(targets.adjustments().size() - 1);
            return new TargetsForm.Approval("已批复（经目标调整）", last.approvedBy(), TargetsInForce.date(last.at()),
                    written(last.comment()));
        }
        if (targets.isReturned()) {
            return new TargetsForm.Approval("已退回修改，" + TargetsForm.NOT_APPROVED, null, null,
                    written(targets.returned().comment()));
        }
        if (targets.isAwaitingApproval()) {
            return new TargetsForm.Approval("已送审，待批复", null, null, null);
        }
        return new TargetsForm.Approval("未送审", null, null, null);
    }

    private static List<TargetsForm.Adjustment> adjustments(PerformanceTargets targets) {
        return targets.adjustments().stream().map(adjustment -> new TargetsForm.Adjustment(
                TargetsInForce.date(adjustment.at()), written(adjustment.reason()), adjustment.requestedBy(),
                adjustment.approvedBy(), adjustment.revisionBefore(), adjustment.revision(),
                written(adjustment.comment()))).toList();
    }

    /** 年度资金总额 (年初 and 全年), then each source as the 自评表 names it. */
    private static List<TargetsForm.FundsLine> funds(Budget budget) {
        if (budget == null) {
            return List.of();
        }
        List<TargetsForm.FundsLine> lines = new ArrayList<>();
        lines.add(new TargetsForm.FundsLine("年度资金总额", budget.initialBudget(), budget.fullYearBudget()));
        for (Budget.SourceLine source : budget.bySource()) {
            lines.add(new TargetsForm.FundsLine(FormAssembly.sourceLabel(source.source()), source.initial(),
                    source.fullYear()));
        }
        return lines;
    }

    private static String written(String text) {
        return SectionTexts.isWritten(text) ? text.strip() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
