package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ExpenditureRecorded.ClassificationTotal;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;

/**
 * The ledger's derived figures, kept exact and up to date with every committed batch instead of summed
 * again on every read: 全年执行数, the count of entries, and the sums per economic classification and per
 * month of the budget year.
 *
 * @param byClassification ordered by code
 * @param byMonth          always the twelve months, January first, months without spending at 0.00
 */
@Schema(description = "台账合计 / ledger totals")
record SpendingTotals(
        @Schema(description = "全年执行数（元）/ executed in the year, yuan") Yuan executed,
        @Schema(description = "明细笔数 / number of entries") long entryCount,
        @Schema(description = "按经济分类汇总 / per economic classification") List<ClassificationTotal> byClassification,
        @Schema(description = "按月汇总（1–12 月）/ per month") List<MonthTotal> byMonth) {

    SpendingTotals {
        byClassification = List.copyOf(byClassification);
        byMonth = List.copyOf(byMonth);
    }

    static SpendingTotals none() {
        return new SpendingTotals(Yuan.ZERO, 0, List.of(),
                IntStream.rangeClosed(1, 12).mapToObj(month -> new MonthTotal(month, Yuan.ZERO)).toList());
    }

    /** These totals with the given entries added. */
    SpendingTotals plus(Collection<LedgerLine> lines) {
        Map<String, ClassificationTotal> classes = new TreeMap<>();
        byClassification.forEach(total -> classes.put(total.code(), total));
        BigDecimal[] months = byMonth.stream().map(total -> total.amount().amount()).toArray(BigDecimal[]::new);
        BigDecimal executedSum = executed.amount();
        for (LedgerLine line : lines) {
            BigDecimal amount = line.amount().amount();
            executedSum = executedSum.add(amount);
            months[line.date().getMonthValue() - 1] = months[line.date().getMonthValue() - 1].add(amount);
            classes.merge(line.classificationCode(),
                    new ClassificationTotal(line.classificationCode(), line.classificationName(), line.amount()),
                    (had, added) -> new ClassificationTotal(had.code(), had.name(), had.amount().plus(added.amount())));
        }
        List<MonthTotal> monthTotals = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            monthTotals.add(new MonthTotal(month, new Yuan(months[month - 1])));
        }
        return new SpendingTotals(new Yuan(executedSum), entryCount + lines.size(), List.copyOf(classes.values()), monthTotals);
    }

    /** Spending dated up to the end of {@code month}: what in-year monitoring compares with the budget. */
    Yuan executedThrough(int month) {
        return byMonth.stream().filter(total -> total.month() <= month).map(MonthTotal::amount).reduce(Yuan.ZERO, Yuan::plus);
    }

    ExpenditureRecorded.LedgerTotals forEvent() {
        return new ExpenditureRecorded.LedgerTotals(executed, byClassification, byMonth);
    }

    static Yuan sum(Collection<LedgerLine> lines) {
        return new Yuan(lines.stream().map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
