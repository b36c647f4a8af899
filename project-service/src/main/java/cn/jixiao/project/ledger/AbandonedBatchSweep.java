package cn.jixiao.project.ledger;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Clears away what a writer that died mid-way left behind: the entries of batches pending for longer than
 * {@code jixiao.ledger.abandoned-after} (they never counted, but they hold their voucher numbers), and the
 * annotated copies of rejected uploads past {@code keep-rejected}. Runs at start-up and then periodically.
 */
@Component
class AbandonedBatchSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AbandonedBatchSweep.class);

    private final Ledgers ledgers;
    private final LedgerWriter writer;
    private final RejectedImports rejected;
    private final LedgerSettings settings;
    private final Clock clock;
    private Disposable schedule;

    AbandonedBatchSweep(Ledgers ledgers, LedgerWriter writer, RejectedImports rejected, LedgerSettings settings, Clock clock) {
        this.ledgers = ledgers;
        this.writer = writer;
        this.rejected = rejected;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass; answers how many abandoned batches it removed. */
    Mono<Long> sweep() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.abandonedAfter());
        return ledgers.withBatchPendingSince(cutoff)
                .concatMap(ledger -> Flux.fromIterable(ledger.pendingBatches())
                        .filter(batch -> batch.startedAt().isBefore(cutoff))
                        .concatMap(batch -> writer.discard(ledger.projectId(), batch.batchId())
                                .doOnSuccess(done -> log.warn("Removed abandoned ledger batch {} of project {}, pending since {}",
                                        batch.batchId(), ledger.projectId(), batch.startedAt()))
                                .thenReturn(batch)))
                .count()
                .flatMap(count -> rejected.deleteOlderThan(now.minus(settings.keepRejected())).thenReturn(count));
    }

    @Override
    public void start() {
        schedule = Flux.interval(java.time.Duration.ZERO, settings.sweepInterval())
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(failure -> {
                    log.warn("Ledger sweep failed, will retry at the next interval: {}", failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null && !schedule.isDisposed();
    }
}
