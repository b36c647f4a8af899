package cn.jixiao.evaluation.overview;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.jixiao.evaluation.selfevaluation.EvaluationStored;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.tenancy.TenantCriteria;

/**
 * The district overview's read model: for every district and year, every project's latest round as a compact
 * {@link BoardRow}, held in memory. The overview and its summary sort, filter, page and total these rows in Java; a
 * request reads no document.
 *
 * <p><b>Why in memory.</b> The overview used to run two aggregation pipelines per request (latest round per project,
 * then sort and page; and the totals), 0.6–1.1 s at 6,000 evaluations. The store the service runs on here,
 * mongo-java-server, accepts but ignores non-unique indexes and has no planner, so each pipeline scanned and grouped
 * the whole collection. A district-year is a few thousand small rows, so holding them needs no index at all, and
 * sorting them by any column takes milliseconds (ADR 0011).
 *
 * <p><b>Loaded at start.</b> When the service has started, one streamed query of only the columns shown reads every
 * evaluation of every district and year in the background; each project keeps its latest round. Until it has
 * finished the service reports itself not ready ({@link OverviewBoardHealth}, part of the readiness probe, so the
 * local stack and Kubernetes send it no traffic), and a request that comes anyway waits for it: answering from the
 * store meanwhile would be the very per-request scan the board replaces (seconds under load), and the wait is one
 * load at most. A district-year the start found nothing of is read from the store on its first request, once; so
 * evaluations put into the store behind the service's back for a year it has never held (the bench seeding tool of
 * system-tests/bench) are picked up as before. Documents written behind its back into a district-year it already
 * holds are not: restart the service.
 *
 * <p><b>Kept current.</b> This service is the only writer of evaluations, and every write passes
 * {@code SelfEvaluations}, which tells the board of this instance what it stored ({@link EvaluationStored}). Another
 * instance's writes arrive through the events it publishes ({@link OverviewBoardFeed}): each names an evaluation or a
 * project, and the board re-reads that one document. Whatever the source, a row applies only if it is the project's
 * later state, by round then version ({@link BoardRow#supersedes}), so a redelivered or late-arriving older state
 * never replaces a newer one, and the order the rows arrive in does not matter. A district-year is registered before
 * its load starts, so a write during the load is held too, and the load never overwrites it with what it read
 * earlier.
 */
@Component
class OverviewBoard implements EvaluationStored {

    private static final Logger log = LoggerFactory.getLogger(OverviewBoard.class);

    private final ReactiveMongoTemplate mongo;
    private final Map<DistrictYear, Loading> boards = new ConcurrentHashMap<>();
    private final Sinks.Empty<Void> startLoad = Sinks.empty();
    private final Mono<Void> started = startLoad.asMono().cache();
    private final AtomicBoolean loadedAtStart = new AtomicBoolean();
    private final AtomicLong evaluationsAtStart = new AtomicLong();
    private final AtomicLong startMillis = new AtomicLong(-1);

    OverviewBoard(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Loads every district-year once the service has started: in the background, the probe says when it is done. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        loadAll()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                        .doBeforeRetry(failed -> log.warn("Overview boards not loaded, trying again", failed.failure())))
                .subscribe(loaded -> {
                    evaluationsAtStart.set(loaded.evaluations());
                    startMillis.set(loaded.millis());
                    loadedAtStart.set(true);
                    startLoad.tryEmitEmpty();
                });
    }

    /**
     * Reads every evaluation again and applies what is later than what is held: the same load as at start, for the
     * events that may have been published before this instance's board feed joined ({@link OverviewBoardFeed}).
     */
    Mono<Loaded> reload() {
        return loadAll();
    }

    /** Completes when the start's load has finished. */
    Mono<Void> started() {
        return started;
    }

    /** Whether the start's load has finished: until then the service is not ready. */
    boolean ready() {
        return loadedAtStart.get();
    }

    /** The start's load, for the probe and the measurements: evaluations read and milliseconds taken. */
    Loaded startLoad() {
        return new Loaded(evaluationsAtStart.get(), startMillis.get());
    }

    /** How many district-years are held, and their rows in all. */
    Held held() {
        return new Held(boards.size(), boards.values().stream().mapToLong(loading -> loading.rows().size()).sum());
    }

    /** The district-year's rows, once the start's load has finished; a district-year it did not find is read now. */
    Mono<DistrictYearRows> rows(String districtId, int year) {
        return started.then(Mono.defer(() -> {
            Loading loading = boards.computeIfAbsent(new DistrictYear(districtId, year), this::load);
            loading.start();
            return loading.ready();
        }));
    }

    @Override
    public void stored(SelfEvaluation evaluation) {
        BoardRow row;
        try {
            Document document = new Document();
            mongo.getConverter().write(evaluation, document);
            row = BoardRow.of(document);
        } catch (RuntimeException unreadable) {
            // the write itself succeeded and must not be reported as failed: the district's boards are dropped
            // instead, and the next request reads them again from the store
            log.warn("Evaluation {} not applied to the overview board; its district's boards will be reloaded",
                    evaluation.id(), unreadable);
            boards.keySet().removeIf(key -> key.districtId().equals(evaluation.districtId()));
            return;
        }
        apply(row);
    }

    /** Re-reads one evaluation, which another instance changed, and applies it. */
    Mono<Void> refreshEvaluation(String evaluationId) {
        return reread(Query.query(Criteria.where("_id").is(evaluationId)));
    }

    /** Re-reads a project's latest round (its registration or a renaming, which no evaluation event reports). */
    Mono<Void> refreshProject(String projectId) {
        return reread(Query.query(Criteria.where("projectId").is(projectId))
                .with(Sort.by(Sort.Direction.DESC, "round")).limit(1));
    }

    private Mono<Void> reread(Query query) {
        BoardRow.FIELDS.forEach(field -> query.fields().include(field));
        return mongo.findOne(query, Document.class, SelfEvaluation.COLLECTION)
                .doOnNext(stored -> apply(BoardRow.of(stored)))
                .then();
    }

    /**
     * Puts the row on its district-year's board and takes the project off the district's other years (a draft
     * opened before its registration has year 0 until the registration fills it in). A district-year not held is
     * left to its first request's load, which reads the store, once the start's load is done; before that, it is
     * held from this row on, and the start's load adds the rest.
     */
    private void apply(BoardRow row) {
        DistrictYear key = new DistrictYear(row.districtId(), row.year());
        Loading own = loadedAtStart.get() ? boards.get(key) : boards.computeIfAbsent(key, Loading::held);
        if (own != null) {
            own.rows().apply(row);
        }
        boards.forEach((other, board) -> {
            if (other.districtId().equals(row.districtId()) && other.year() != row.year()) {
                board.rows().forget(row);
            }
        });
    }

    /** Every evaluation of every district and year, streamed, only the columns shown. */
    private Mono<Loaded> loadAll() {
        return Mono.defer(() -> {
            long begun = System.nanoTime();
            Query everything = new Query();
            BoardRow.FIELDS.forEach(field -> everything.fields().include(field));
            return mongo.find(everything, Document.class, SelfEvaluation.COLLECTION)
                    .map(BoardRow::of)
                    .doOnNext(row -> boards.computeIfAbsent(new DistrictYear(row.districtId(), row.year()), Loading::held)
                            .rows().apply(row))
                    .count()
                    .map(read -> {
                        Loaded loaded = new Loaded(read, (System.nanoTime() - begun) / 1_000_000);
                        Held held = held();
                        log.info("Overview boards loaded: {} evaluations in {} ms, {} district-years, {} rows",
                                read, loaded.millis(), held.districtYears(), held.rows());
                        return loaded;
                    });
        });
    }

    private Loading load(DistrictYear key) {
        DistrictYearRows rows = new DistrictYearRows(key.districtId());
        Query query = Query.query(Criteria.where(TenantCriteria.DISTRICT).is(key.districtId()).and("year").is(key.year()));
        BoardRow.FIELDS.forEach(field -> query.fields().include(field));
        Mono<DistrictYearRows> ready = Mono.defer(() -> {
            long begun = System.nanoTime();
            return mongo.find(query, Document.class, SelfEvaluation.COLLECTION)
                    .doOnNext(stored -> rows.apply(BoardRow.of(stored)))
                    .then(Mono.fromSupplier(() -> {
                        log.info("Overview board of {} {} loaded: {} projects in {} ms", key.districtId(), key.year(),
                                rows.size(), (System.nanoTime() - begun) / 1_000_000);
                        return rows;
                    }));
        })
                // a failed load is forgotten, so the next request tries again
                .doOnError(failure -> boards.computeIfPresent(key, (same, held) -> held.rows() == rows ? null : held))
                .cache();
        return new Loading(rows, ready);
    }

    private record DistrictYear(String districtId, int year) {
    }

    /** The evaluations a load read, and how long it took. */
    record Loaded(long evaluations, long millis) {
    }

    /** The district-years held and their rows in all. */
    record Held(int districtYears, long rows) {
    }

    /**
     * A district-year's rows, held from the moment its load is registered, and the load every request waits for.
     * The load runs once, on a subscription of its own, so a request that is cancelled while waiting (a browser
     * navigating away) never cancels the load the others wait for.
     */
    private record Loading(DistrictYearRows rows, Mono<DistrictYearRows> ready, AtomicBoolean started) {

        Loading(DistrictYearRows rows, Mono<DistrictYearRows> ready) {
            this(rows, ready, new AtomicBoolean());
        }

        /** A district-year the start's load (or a write during it) found: nothing more to read. */
        static Loading held(DistrictYear key) {
            DistrictYearRows rows = new DistrictYearRows(key.districtId());
            return new Loading(rows, Mono.just(rows), new AtomicBoolean(true));
        }

        void start() {
            if (started.compareAndSet(false, true)) {
                ready.subscribe(loaded -> { }, failure -> log.warn("Overview board not loaded", failure));
            }
        }
    }
}
