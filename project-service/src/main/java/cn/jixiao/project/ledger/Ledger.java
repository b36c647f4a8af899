package cn.jixiao.project.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's spending ledger: the single point of truth of what counts. An entry counts once its batch is
 * listed in {@code committedBatches}; the commit of a batch is ONE write of this document that adds the batch,
 * the new totals, the {@code ExpenditureRecorded} event and the audit entry together, based on the version
 * read. That single-document write is what makes an import of any size all-or-nothing without
 * multi-document transactions.
 *
 * @param projectId      the project; one ledger per project
 * @param pendingBatches batches whose entries are being written; one left here for long was abandoned
 *                       (the writer died) and is swept away with its entries
 * @param keyedByVoucher true for a ledger opened since December 2026 (#13), whose entries all carry the key of their
 *                       voucher ({@link Expenditure#keyOf}); a ledger opened before (no such field in the store) may
 *                       hold entries with generated keys, and its vouchers are looked up by a query as before
 */
@Document(Ledger.COLLECTION)
record Ledger(
        @Id String projectId,
        String districtId,
        String tenantId,
        int year,
        SpendingTotals totals,
        List<CommittedBatch> committedBatches,
        List<PendingBatch> pendingBatches,
        @Version Long version,
        List<PendingEvent> outbox,
        Boolean keyedByVoucher) implements HasOutbox, TenantDocuments.OfAStreet {

    static final String COLLECTION = "ledgers";

    Ledger {
        committedBatches = committedBatches == null ? List.of() : List.copyOf(committedBatches);
        pendingBatches = pendingBatches == null ? List.of() : List.copyOf(pendingBatches);
        outbox = HasOutbox.kept(outbox);
    }

    /** The empty ledger a project has before its first entry. */
    static Ledger opened(Project project) {
        return new Ledger(project.id(), project.districtId(), project.tenantId(), project.year(), SpendingTotals.none(),
                List.of(), List.of(), null, List.of(), true);
    }

    /**
     * The version a commit on top of this read leaves the ledger at, which {@code ExpenditureRecorded} carries as
     * its revision. Every write of the ledger raises the version (noting a pending batch too), so revisions grow
     * with each commit but not by one.
     */
    long revisionAfterCommit() {
        return (version == null ? 0 : version) + 1;
    }

    /** Can every entry of this ledger be found by the key of its voucher? */
    boolean entriesKeyedByVoucher() {
        return Boolean.TRUE.equals(keyedByVoucher);
    }

    boolean isPending(String batchId) {
        return pendingBatches.stream().anyMatch(batch -> batch.batchId().equals(batchId));
    }

    boolean isCommitted(String batchId) {
        return committedBatches.stream().anyMatch(batch -> batch.batchId().equals(batchId));
    }

    Set<String> committedBatchIds() {
        return committedBatches.stream().map(CommittedBatch::batchId).collect(Collectors.toSet());
    }

    /** How entries came in: typed in one at a time, or imported from a file. */
    enum BatchKind {
        ENTRY, IMPORT
    }

    /**
     * A batch whose entries count.
     *
     * @param fileName the imported file's name, {@code null} for a typed-in entry
     */
    record CommittedBatch(String batchId, BatchKind kind, String fileName, int entryCount, Yuan total,
                          String committedBy, Instant committedAt) {
    }

    /** A batch whose entries are being written, and since when. */
    record PendingBatch(String batchId, Instant startedAt) {
    }
}
