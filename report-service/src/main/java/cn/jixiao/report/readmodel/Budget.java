package cn.jixiao.report.readmodel;

import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * The project's budget as last changed: the 自评表's funds block and section 四's breakdown.
 *
 * @param initialBudget    年初预算数
 * @param fullYearBudget   全年预算数
 * @param bySource         the breakdown by funding source
 * @param byClassification the breakdown by 政府支出经济分类; adds up to 全年预算数
 * @param revision         project-service's revision of the budget: an older one arriving late changes nothing
 */
public record Budget(Yuan initialBudget, Yuan fullYearBudget, List<SourceLine> bySource,
                     List<ClassificationAmount> byClassification, long revision) {

    public Budget {
        bySource = bySource == null ? List.of() : List.copyOf(bySource);
        byClassification = byClassification == null ? List.of() : List.copyOf(byClassification);
    }

    /**
     * One funding source row of the funds block.
     *
     * @param source {@code CURRENT_YEAR_APPROPRIATION} 本年财政拨款, {@code PRIOR_YEAR_CARRYOVER} 上年结转资金,
     *               {@code OTHER} 其他资金
     */
    public record SourceLine(String source, Yuan initial, Yuan fullYear) {
    }
}
