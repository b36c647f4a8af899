package cn.jixiao.evaluation.scoring;

import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * The budget figures the execution score is computed from.
 *
 * @param fullYearBudget 全年预算数: the budget after adjustments
 * @param executed       全年执行数
 * @param explanation    the written explanation of a low execution rate, {@code null} if none was given
 * @param provenance     where 全年执行数 was taken from when it is not simply the ledger's, e.g.
 *                       全年执行数取自部门决算（汇总数）; the execution line's explanation opens with it
 */
public record BudgetExecution(Yuan fullYearBudget, Yuan executed, String explanation, String provenance) {

    public BudgetExecution {
        Objects.requireNonNull(fullYearBudget, "fullYearBudget");
        Objects.requireNonNull(executed, "executed");
    }

    public BudgetExecution(Yuan fullYearBudget, Yuan executed, String explanation) {
        this(fullYearBudget, executed, explanation, null);
    }

    public static BudgetExecution of(Yuan fullYearBudget, Yuan executed) {
        return new BudgetExecution(fullYearBudget, executed, null);
    }
}
