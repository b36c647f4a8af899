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
 * @param id    {@link #keyOf the project and the voucher number} for every entry written since December 2026 (#13), so
 *              that an import finds the vouchers it brings again among the project's entries by their keys; a
 *              generated id for the entries written before
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
     * The key of a project's entry with this voucher number. A voucher is booked at most once per project, so the
     * key is unique where the voucher is; asked for by their keys, the store finds a file's vouchers among the
     * project's entries without reading the entries of every project (the local stack's store reads the whole
     * collection for a query by any other field). The project id never holds a colon (a UUID, or a demo project's
     * name), so no two projects' keys meet.
     */
    static String keyOf(String projectId, String voucherNo) {
        return projectId + ":" + voucherNo;
    }

    /**
     * The entry as stored, built directly instead of through Spring's mapping: a 50,000-row import spends most
     * of its time turning entries into documents otherwise. {@code ExpenditureDocumentTest} holds it equal to
     * what Spring's mapping writes (the date left to the driver's own codec, which stores the day zone-independently;
     * money as Decimal128).
     */
    org.bson.Document toDocument() {
        org.bson.Document document = new org.bson.Document();
        if (id != null) {
            document.append("_id", id);
        }
        document.append("projectId", projectId)
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
        return new Expenditure(keyOf(ledger.projectId(), line.voucherNo()), ledger.projectId(), ledger.districtId(), ledger.tenantId(), batchId, line.date(),
                line.date().getMonthValue(), line.amount(), line.classificationCode(), line.classificationName(),
                line.payee(), line.voucherNo(), line.summary(), line.sourceRow(), recordedBy, recordedAt);
    }
}
