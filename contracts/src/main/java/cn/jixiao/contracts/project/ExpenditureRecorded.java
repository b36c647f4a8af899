package cn.jixiao.contracts.project;

import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * Spending was recorded: one entry, or a whole imported ledger file as one batch. Carries the ledger's new
 * totals (not every entry, which for a 50,000-row import would not fit a message), which is what scoring,
 * monitoring and the report use.
 *
 * @param batchId    the entry's or the import's id
 * @param entryCount how many entries this batch added
 * @param batchTotal their sum
 * @param totals     the whole ledger after this batch
 */
public record ExpenditureRecorded(
        String projectId,
        String districtId,
        String streetId,
        String batchId,
        int entryCount,
        Yuan batchTotal,
        LedgerTotals totals) {

    /**
     * @param executed         全年执行数: the sum of all entries
     * @param byClassification per economic classification
     * @param byMonth          per month of the budget year (1–12), for in-year monitoring
     */
    public record LedgerTotals(Yuan executed, List<ClassificationTotal> byClassification, List<MonthTotal> byMonth) {
    }

    public record ClassificationTotal(String code, String name, Yuan amount) {
    }

    public record MonthTotal(int month, Yuan amount) {
    }
}
