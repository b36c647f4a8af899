package cn.jixiao.project.budget;

import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * One funding source row of the budget.
 *
 * @param initial  its part of 年初预算数
 * @param fullYear its part of 全年预算数, after the adjustments
 */
public record SourceLine(FundingSource source, Yuan initial, Yuan fullYear) {

    public SourceLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(fullYear, "fullYear");
    }

    /** A source the budget does not draw on: shown on the form with zeros. */
    static SourceLine none(FundingSource source) {
        return new SourceLine(source, Yuan.ZERO, Yuan.ZERO);
    }
}
