package cn.jixiao.report.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;

/**
 * Runs the queued render jobs, one at a time, on its own thread: rendering is CPU work that must not hold up
 * request or Kafka listener threads, and one at a time keeps a small service's heap predictable.
 *
 * <p>A job is claimed with the archive's version check, so two instances never render the same job. A job
 * whose evaluation event the read model has not applied yet goes back to the queue until it has (or fails
 * after {@link #CATCH_UP_LIMIT}). A job found running at start was interrupted by a stop and is queued again.
 */
@Component
class RenderWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RenderWorker.class);
    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofSeconds(1);
    /**
     * Reports with work waiting read per turn. Every street may queue only a few jobs
     * ({@link RenderRequests}), so this covers every street with work waiting on any realistic platform.
     */
    private static final int PENDING_READ_LIMIT = 2000;
    /** How long rendering one file of a job took, by format and outcome; Prometheus: jixiao_report_render_seconds. */
    static final String RENDER_TIMER = "jixiao.report.render";

    private final ReportArchives archives;
    private final ReportSources sources;
    private final ReportFiles files;
    private final ReportFormats formats;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Jobs that went back to the queue to wait for the read model, and until when they sit out. */
    private final Map<String, Instant> waitingForReadModel = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    RenderWorker(ReportArchives archives, ReportSources sources, ReportFiles files,
                 ReportFormats formats, Clock clock, MeterRegistry meters) {
        this.archives = archives;
        this.sources = sources;
        this.files = files;
        this.formats = formats;
        this.clock = clock;
        this.meters = meters;
    }

    /** Look for work now rather than at the next poll: called after a job is queued. */
    void nudge() {
        if (running.get()) {
            executor.execute(this::runPending);
        }
    }

    /**
     * Runs the jobs waiting now, turn by turn ({@link RenderTurns}: one job per street per turn, the longest
     * waiting street first), reading the queue again before every turn so that a street that just asked waits
     * for at most one job of each other street. A job still waiting for its evaluation to reach the read model
     * sits out until the next poll, so it does not hold up its street's other jobs. Returns how many finished,
     * done or failed.
     */
    int runPending() {
        int finished = 0;
        try {
            int finishedThisTurn;
            do {
                finishedThisTurn = 0;
                Instant now = clock.instant();
                waitingForReadModel.values().removeIf(until -> until.isBefore(now));
                List<ReportArchive> pending = archives.withPendingJobs(PENDING_READ_LIMIT).collectList().block();
                for (ReportArchive archive : RenderTurns.nextTurn(pending, job -> !waitingForReadModel.containsKey(job.id()))) {
                    RenderJob job = archive.nextJob().orElseThrow();
                    if (job.status() == JobStatus.QUEUED && run(archive, job)) {
                        finishedThisTurn++;
                    }
                }
                finished += finishedThisTurn;
            } while (finishedThisTurn > 0 && running.get());
        } catch (RuntimeException e) {
            // the database is away: the jobs stay queued and the next poll tries again
            log.warn("Render pass failed, will retry: {}", e.toString());
        }
        return finished;
    }

    private boolean run(ReportArchive archive, RenderJob job) {
        ReportArchive claimed;
        try {
            claimed = archives.save(archive.replace(job.running(clock.instant()))).block();
        } catch (OptimisticLockingFailureException takenOrChanged) {
            return false;
        }
        RenderJob running = claimed.job(job.id()).orElseThrow();
        ReportSource source = sources.ofRoundUnchecked(claimed.projectId(), claimed.round()).block();
        if (source == null || source.evaluationRevision() < running.minEvaluationRevision()) {
            return waitForReadModel(claimed, running);
        }
        try {
            List<Bilingual> refusal = RenderRules.refusal(running, source);
            if (!refusal.isEmpty()) {
                String why = String.join("；", refusal.stream().map(reason -> reason.zh() + " (" + reason.en() + ")").toList());
                return finish(claimed, running, current -> current.replace(running.failed(why, clock.instant())));
            }
            ReportVersion stored = render(claimed, running, source);
            return finish(claimed, running, current -> current.completed(running, stored, clock.instant()));
        } catch (RuntimeException e) {
            log.error("Render job {} of report {} failed", running.id(), claimed.id(), e);
            String why = "生成失败 (render failed): " + e.getMessage();
            return finish(claimed, running, current -> current.replace(running.failed(why, clock.instant())));
        }
    }

    private boolean waitForReadModel(ReportArchive claimed, RenderJob running) {
        if (Duration.between(running.requestedAt(), clock.instant()).compareTo(CATCH_UP_LIMIT) > 0) {
            String why = "评价数据未同步到报告服务 (the evaluation has not reached report-service)";
            return finish(claimed, running, current -> current.replace(running.failed(why, clock.instant())));
        }
        finish(claimed, running, current -> current.replace(running.requeued()));
        waitingForReadModel.put(running.id(), clock.instant().plus(POLL));
        return false;
    }

    private ReportVersion render(ReportArchive archive, RenderJob job, ReportSource source) {
        int number = archive.nextVersionNumber();
        ReportDocument document = source.document();
        List<StoredFile> stored = new ArrayList<>();
        for (String name : job.formats()) {
            ReportFormat format = formats.named(name).orElseThrow();
            byte[] content = timed(name, () -> format.render(document));
            String fileName = document.projectName() + document.documentName() + "（第" + number + "版）."
                    + format.fileExtension();
            stored.add(files.store(archive, number, format, fileName, content).block());
        }
        return new ReportVersion(number, job.finalReport(), source.evaluationId(), source.evaluationRevision(), source.templateId(),
                source.templateVersion(), job.requestedBy(), clock.instant(), stored);
    }

    /** Times one file's rendering (the CPU work of a job, without the store), a failure too. */
    private byte[] timed(String format, Supplier<byte[]> rendering) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failure";
        try {
            byte[] content = rendering.get();
            outcome = "success";
            return content;
        } finally {
            sample.stop(Timer.builder(RENDER_TIMER)
                    .description("Rendering one file of a report render job")
                    .tag("format", format).tag("outcome", outcome)
                    .register(meters));
        }
    }

    /**
     * Writes the job's outcome. A request queued meanwhile changed the archive: the outcome is applied again to
     * the fresh copy, so neither is lost.
     */
    private boolean finish(ReportArchive claimed, RenderJob job, Function<ReportArchive, ReportArchive> outcome) {
        ReportArchive current = claimed;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                archives.save(outcome.apply(current)).block();
                return true;
            } catch (OptimisticLockingFailureException changed) {
                current = archives.byId(claimed.id()).block();
            }
        }
        throw new IllegalStateException("Could not record the outcome of render job " + job.id());
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-render");
            thread.setDaemon(true);
            return thread;
        });
        running.set(true);
        executor.execute(this::requeueInterrupted);
        executor.scheduleWithFixedDelay(this::runPending, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void requeueInterrupted() {
        try {
            for (ReportArchive archive : archives.withPendingJobs(1000).collectList().block()) {
                RenderJob job = archive.job(archive.pendingJob()).orElseThrow();
                if (job.status() == JobStatus.RUNNING) {
                    finish(archive, job, current -> current.replace(job.requeued()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not requeue interrupted render jobs: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running.set(false);
        executor.shutdown();
        try {
            // a render under way may finish; one still running after that is queued again at the next start
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
