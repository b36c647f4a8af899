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
 * @param revision   the ledger's revision after this batch (v2 on): increases with every batch, so a consumer
 *                   can ignore an older total that arrives late; {@code null} in a v1 event, which consumers
 *                   can only order by {@code occurredAt}
 */
public record ExpenditureRecorded(
        String projectId,
        String districtId,
        String streetId,
        String batchId,
        int entryCount,
        Yuan batchTotal,
        LedgerTotals totals,
        Long revision) {

    /** The event as v1 carried it, without the ledger's revision. */
    public ExpenditureRecorded(String projectId, String districtId, String streetId, String batchId, int entryCount,
                               Yuan batchTotal, LedgerTotals totals) {
        this(projectId, districtId, streetId, batchId, entryCount, batchTotal, totals, null);
    }

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
