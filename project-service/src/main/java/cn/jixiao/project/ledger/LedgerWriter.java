package cn.jixiao.project.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.Outbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Books checked entries into a project's ledger as one batch, all or nothing:
 * <ol>
 *   <li>note the batch as pending on the ledger;</li>
 *   <li>insert its entries in bulk, tagged with the batch (the unique voucher index refuses any voucher another
 *       batch holds, even one still being written);</li>
 *   <li>commit: ONE write of the ledger document adds the batch to the committed ones with the new totals, the
 *       {@code ExpenditureRecorded} event and the audit entry, on top of the version read. A concurrent commit
 *       of another batch makes it re-read and add again, so both count.</li>
 * </ol>
 * If anything fails before the commit, the batch's entries are deleted; if the process dies instead, the
 * {@link AbandonedBatchSweep} deletes them later. Either way they never counted.
 */
@Service
class LedgerWriter {

    private static final int COMMIT_ATTEMPTS = 8;

    private final Ledgers ledgers;
    private final Expenditures expenditures;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    LedgerWriter(Ledgers ledgers, Expenditures expenditures, Outbox outbox, AuditTrail audit, Clock clock) {
        this.ledgers = ledgers;
        this.expenditures = expenditures;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committed entries already holding one of the lines' voucher numbers, by voucher number. */
    Mono<Map<String, Expenditure>> alreadyBooked(Project project, List<LedgerLine> lines) {
        return ledgers.open(project)
                .flatMapMany(ledger -> expenditures.committedWithVouchers(ledger, lines.stream().map(LedgerLine::voucherNo).toList()))
                .collectMap(Expenditure::voucherNo, Function.identity());
    }

    /** Books the lines as one batch; answers the committed batch and the ledger's new totals. */
    Mono<Booked> book(TenantAccess editor, Project project, List<LedgerLine> lines, Ledger.BatchKind kind, String fileName) {
        String batchId = UUID.randomUUID().toString();
        Instant startedAt = clock.instant();
        Mono<Booked> booking = ledgers.open(project).flatMap(ledger -> ledgers.startBatch(ledger.projectId(),
                        new Ledger.PendingBatch(batchId, startedAt))
                .then(expenditures.insert(lines.stream()
                        .map(line -> Expenditure.of(line, ledger, batchId, editor.username(), startedAt)).toList()))
                .then(commit(editor, project.id(), batchId, lines, kind, fileName))
                .onErrorResume(failure -> discard(project.id(), batchId).then(Mono.error(translated(failure)))));
        return outbox.afterSave(booking, Ledger.COLLECTION, project.id());
    }

    private Mono<Booked> commit(TenantAccess editor, String projectId, String batchId, List<LedgerLine> lines,
                                Ledger.BatchKind kind, String fileName) {
        return Mono.defer(() -> ledgers.find(projectId).flatMap(ledger -> {
            if (!ledger.isPending(batchId)) {
                return Mono.error(new IllegalStateException("Batch " + batchId + " was swept before its commit"));
            }
            Instant now = clock.instant();
            Yuan batchTotal = SpendingTotals.sum(lines);
            SpendingTotals after = ledger.totals().plus(lines);
            Ledger.CommittedBatch batch = new Ledger.CommittedBatch(batchId, kind, fileName, lines.size(), batchTotal,
                    editor.username(), now);
            ExpenditureRecorded recorded = new ExpenditureRecorded(projectId, ledger.districtId(), ledger.tenantId(),
                    batchId, lines.size(), batchTotal, after.forEvent(), ledger.revisionAfterCommit());
            List<PendingEvent> events = List.of(
                    PendingEvent.of(Topics.PROJECT_EVENTS, projectId,
                            EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED, ledger.tenantId(), now, recorded)),
                    audit.entry(editor, projectId, ledger.districtId(), ledger.tenantId(), "ledger",
                            kind == Ledger.BatchKind.IMPORT ? "imported" : "recorded",
                            new AuditedLedger(ledger.totals(), null), new AuditedLedger(after, batch), now));
            return ledgers.commit(ledger, batch, after, events).flatMap(applied -> applied
                    ? Mono.just(new Booked(batch, after))
                    : Mono.error(new OptimisticLockingFailureException("Ledger " + projectId + " changed during the commit")));
        })).retryWhen(Retry.max(COMMIT_ATTEMPTS - 1).filter(OptimisticLockingFailureException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    /**
     * Removes an uncommitted batch's entries, then the batch's pending mark. Never touches a committed batch:
     * a commit whose acknowledgement was lost on the way back still stands.
     */
    Mono<Void> discard(String projectId, String batchId) {
        return ledgers.find(projectId)
                .filter(ledger -> !ledger.isCommitted(batchId))
                .flatMap(ledger -> expenditures.deleteBatch(projectId, batchId).then(ledgers.forget(projectId, batchId)));
    }

    private static Throwable translated(Throwable failure) {
        if (failure instanceof DuplicateKeyException) {
            return new ProblemException(HttpStatus.CONFLICT, "voucher-in-use",
                    Bilingual.of("凭证号冲突", "Voucher number conflict"),
                    Bilingual.of("部分凭证号正被同时进行的另一次录入或导入使用，本次未保存任何数据，请稍后重试",
                            "Some voucher numbers are being booked by another entry or import at this moment; nothing was saved, retry shortly"));
        }
        return failure;
    }

    /** A committed batch and the ledger's totals after it. */
    record Booked(Ledger.CommittedBatch batch, SpendingTotals totals) {
    }

    /** The part of the ledger an audit entry shows: the totals, and after a change the batch that changed them. */
    record AuditedLedger(SpendingTotals totals, Ledger.CommittedBatch batch) {
    }
}
