package cn.jixiao.project.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.bson.types.Decimal128;

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

    /**
     * The entry as stored, built directly instead of through Spring's mapping: a 50,000-row import spends most
     * of its time turning entries into documents otherwise. {@code ExpenditureDocumentTest} holds it equal to
     * what Spring's mapping writes (the date left to the driver's own codec, which stores the day zone-independently;
     * money as Decimal128).
     */
    org.bson.Document toDocument() {
        org.bson.Document document = new org.bson.Document("projectId", projectId)
                .append("districtId", districtId)
                .append("tenantId", tenantId)
                .append("batchId", batchId)
                .append("date", date)
                .append("month", month)
                .append("amount", new Decimal128(amount.amount()))
                .append("classificationCode", classificationCode)
                .append("classificationName", classificationName)
                .append("payee", payee)
                .append("voucherNo", voucherNo)
                .append("summary", summary);
        if (sourceRow != null) {
            document.append("sourceRow", sourceRow);
        }
        return document.append("recordedBy", recordedBy).append("recordedAt", Date.from(recordedAt));
    }

    static Expenditure of(LedgerLine line, Ledger ledger, String batchId, String recordedBy, Instant recordedAt) {
        return new Expenditure(null, ledger.projectId(), ledger.districtId(), ledger.tenantId(), batchId, line.date(),
                line.date().getMonthValue(), line.amount(), line.classificationCode(), line.classificationName(),
                line.payee(), line.voucherNo(), line.summary(), line.sourceRow(), recordedBy, recordedAt);
    }
}
