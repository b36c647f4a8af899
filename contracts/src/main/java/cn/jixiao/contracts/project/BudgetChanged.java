package cn.jixiao.contracts.project;

import java.time.LocalDate;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * The project's budget changed: set for the first time, adjusted (追加/调减) or re-broken-down. Carries the
 * whole budget, so consumers replace what they had.
 *
 * @param initialBudget  年初预算数
 * @param adjustments    every adjustment so far, in date order
 * @param fullYearBudget 全年预算数 = 年初预算数 + the adjustments
 * @param bySource       the breakdown by funding source; adds up to the totals
 * @param byClassification the breakdown by 政府支出经济分类; adds up to 全年预算数
 * @param revision       increases with every change, so a consumer can ignore an older snapshot
 */
public record BudgetChanged(
        String projectId,
        String districtId,
        String streetId,
        Yuan initialBudget,
        List<Adjustment> adjustments,
        Yuan fullYearBudget,
        List<SourceLine> bySource,
        List<ClassificationLine> byClassification,
        long revision) {

    /** 追加 (positive) or 调减 (negative), with its date and mandatory reason. */
    public record Adjustment(LocalDate date, Yuan amount, String reason) {
    }

    /**
     * One funding source row of the funds block.
     *
     * @param source {@code CURRENT_YEAR_APPROPRIATION} 本年财政拨款, {@code PRIOR_YEAR_CARRYOVER} 上年结转资金,
     *               {@code OTHER} 其他资金
     */
    public record SourceLine(String source, Yuan initial, Yuan fullYear) {
    }

    /** One economic classification, e.g. 30227 委托业务费. */
    public record ClassificationLine(String code, String name, Yuan amount) {
    }
}
