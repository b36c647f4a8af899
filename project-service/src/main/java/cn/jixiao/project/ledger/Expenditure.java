package cn.jixiao.project.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.money.Yuan;

/**
 * One stored spending entry (支出明细). Entries are written in bulk, tagged with the batch that brought them,
 * before that batch is committed on the project's {@link Ledger}; until then, and for ever if the batch is
 * abandoned, they count nowhere. The unique index on the voucher number per project is what keeps two
 * batches, even two racing ones, from both booking the same voucher.
 *
 * @param month the month of {@code date}, stored for filtering by month
 */
@Document(Expenditure.COLLECTION)
@CompoundIndex(name = "project_voucher_unique", def = "{'projectId': 1, 'voucherNo': 1}", unique = true)
@CompoundIndex(name = "project_batch", def = "{'projectId': 1, 'batchId': 1}")
@CompoundIndex(name = "project_date", def = "{'projectId': 1, 'date': 1}")
record Expenditure(
        @Id String id,
        String projectId,
        String districtId,
        String tenantId,
        String batchId,
        LocalDate date,
        int month,
        Yuan amount,
        String classificationCode,
        String classificationName,
        String payee,
        String voucherNo,
        String summary,
        Integer sourceRow,
        String recordedBy,
        Instant recordedAt) {

    static final String COLLECTION = "expenditures";

    static Expenditure of(LedgerLine line, Ledger ledger, String batchId, String recordedBy, Instant recordedAt) {
        return new Expenditure(null, ledger.projectId(), ledger.districtId(), ledger.tenantId(), batchId, line.date(),
                line.date().getMonthValue(), line.amount(), line.classificationCode(), line.classificationName(),
                line.payee(), line.voucherNo(), line.summary(), line.sourceRow(), recordedBy, recordedAt);
    }
}
