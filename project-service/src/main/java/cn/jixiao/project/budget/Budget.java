package cn.jixiao.project.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * A project's budget for its year: 年初预算数, the adjustments made since (in date order), and the breakdowns
 * by funding source and by economic classification. 全年预算数 is derived, never stored on its own, so it can
 * never disagree with the adjustments. Whether the parts add up is checked by {@link BudgetRules}.
 *
 * @param initial          年初预算数
 * @param adjustments      追加 and 调减, in date order
 * @param bySource         one row per funding source, with its initial and full-year amount
 * @param byClassification 全年预算数 by economic classification
 * @param monthlyPlan      the planned spending curve, {@code null} when none was entered (then in-year monitoring
 *                         plans linearly)
 */
public record Budget(Yuan initial, List<Adjustment> adjustments, List<SourceLine> bySource,
                     List<ClassificationLine> byClassification, MonthlyPlan monthlyPlan) {

    public Budget {
        Objects.requireNonNull(initial, "initial");
        // sort is stable: two adjustments of the same day keep the order they were made in
        adjustments = adjustments == null ? List.of()
                : adjustments.stream().sorted(Comparator.comparing(Adjustment::date)).toList();
        bySource = bySource == null ? List.of() : List.copyOf(bySource);
        byClassification = byClassification == null ? List.of() : List.copyOf(byClassification);
    }

    /** A budget without a monthly plan. */
    public Budget(Yuan initial, List<Adjustment> adjustments, List<SourceLine> bySource,
                  List<ClassificationLine> byClassification) {
        this(initial, adjustments, bySource, byClassification, null);
    }

    /** A budget as set at the start of the year, before any adjustment. */
    public static Budget atStartOfYear(Yuan initial, List<SourceLine> bySource, List<ClassificationLine> byClassification) {
        return new Budget(initial, List.of(), bySource, byClassification);
    }

    /** The sum of all 追加 and 调减. */
    public Yuan adjustmentTotal() {
        return sum(adjustments.stream().map(Adjustment::amount).toList());
    }

    /** 全年预算数 = 年初预算数 + the adjustments. */
    public Yuan fullYear() {
        return initial.plus(adjustmentTotal());
    }

    /** The same adjustments on a new 年初预算数 and new breakdowns. */
    public Budget withInitialAndBreakdowns(Yuan newInitial, List<SourceLine> newBySource, List<ClassificationLine> newByClassification) {
        return new Budget(newInitial, adjustments, newBySource, newByClassification, monthlyPlan);
    }

    /** The same budget with this monthly plan ({@code null}: none). */
    public Budget withMonthlyPlan(MonthlyPlan plan) {
        return new Budget(initial, adjustments, bySource, byClassification, plan);
    }

    /** This budget with one more adjustment, and the breakdowns that include it. */
    public Budget adjusted(Adjustment adjustment, List<SourceLine> newBySource, List<ClassificationLine> newByClassification) {
        List<Adjustment> all = new ArrayList<>(adjustments);
        all.add(adjustment);
        return new Budget(initial, all, newBySource, newByClassification, monthlyPlan);
    }

    static Yuan sum(List<Yuan> amounts) {
        return amounts.stream().reduce(Yuan.ZERO, Yuan::plus);
    }
}
