package cn.jixiao.evaluation.scoring;

import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * The budget figures the execution score is computed from.
 *
 * @param fullYearBudget 全年预算数: the budget after adjustments
 * @param executed       全年执行数
 * @param explanation    the written explanation of a low execution rate, {@code null} if none was given
 */
public record BudgetExecution(Yuan fullYearBudget, Yuan executed, String explanation) {

    public BudgetExecution {
        Objects.requireNonNull(fullYearBudget, "fullYearBudget");
        Objects.requireNonNull(executed, "executed");
    }

    public static BudgetExecution of(Yuan fullYearBudget, Yuan executed) {
        return new BudgetExecution(fullYearBudget, executed, null);
    }
}
