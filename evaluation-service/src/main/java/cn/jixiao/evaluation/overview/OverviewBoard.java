package cn.jixiao.evaluation.overview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.jixiao.evaluation.selfevaluation.EvaluationStored;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.tenancy.TenantCriteria;

/**
 * The district overview's read model: for each district and year that has been asked for, every project's latest
 * round as a compact {@link BoardRow}, held in memory. The overview sorts, filters, pages and totals these rows in
 * Java; a request reads no document.
 *
 * <p><b>Why in memory.</b> The overview used to run two aggregation pipelines per request (latest round per project,
 * then sort and page; and the totals), 0.6–1.1 s at 6,000 evaluations. The store the service runs on here,
 * mongo-java-server, accepts but ignores non-unique indexes and has no planner, so each pipeline scanned and grouped
 * the whole collection. A district-year is a few thousand small rows (a province's 50,000 are a few tens of MB), so
 * holding them needs no index at all, and sorting them by any column takes milliseconds.
 *
 * <p><b>Loaded lazily.</b> A district-year is read from the store the first time it is asked for: one query,
 * streamed, of only the columns shown; each project keeps its latest round. So evaluations put into the store
 * before that first request (the bench seeding tool of system-tests/bench inserting 6,000 evaluations into a
 * running stack, or a restart) are all picked up. Documents written into the store behind this service's back
 * AFTER that are not: the service must be restarted (or the seeding done before the overview is first opened).
 *
 * <p><b>Kept current.</b> This service is the only writer of evaluations, and every write passes
 * {@code SelfEvaluations}, which tells the board ({@link EvaluationStored}) what it stored. A write applies only if
 * it is the project's later state, by round then version ({@link BoardRow#supersedes}), so an older round saved
 * late never replaces the round in progress. A write to a district-year not loaded yet is ignored: its load will
 * read it. A district-year is registered before its load starts, so a write during the load is held too, and the
 * load never overwrites it with what it read earlier.
 *
 * <p><b>One instance only.</b> The board sees the writes of its own instance. A second instance of
 * evaluation-service would need to apply the evaluation events of the other (issue #13); that is not done here.
 */
@Component
class OverviewBoard implements EvaluationStored {

    private static final Logger log = LoggerFactory.getLogger(OverviewBoard.class);

    private final ReactiveMongoTemplate mongo;
    private final Map<DistrictYear, Loading> boards = new ConcurrentHashMap<>();

    OverviewBoard(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The district-year's rows, read from the store on the first request and shared by all later ones. */
    Mono<DistrictYearRows> rows(String districtId, int year) {
        Loading loading = boards.computeIfAbsent(new DistrictYear(districtId, year), this::load);
        loading.start();
        return loading.ready();
    }

    @Override
    public void stored(SelfEvaluation evaluation) {
        if (boards.isEmpty()) {
            return;
        }
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
        boards.forEach((key, board) -> {
            if (!key.districtId().equals(row.districtId())) {
                return;
            }
            if (key.year() == row.year()) {
                board.rows().apply(row);
            } else {
                // a draft opened before its registration has year 0 until the registration fills it in
                board.rows().forget(row);
            }
        });
    }

    private Loading load(DistrictYear key) {
        DistrictYearRows rows = new DistrictYearRows(key.districtId());
        Query query = Query.query(Criteria.where(TenantCriteria.DISTRICT).is(key.districtId()).and("year").is(key.year()));
        BoardRow.FIELDS.forEach(field -> query.fields().include(field));
        Mono<DistrictYearRows> ready = Mono.defer(() -> {
            long started = System.nanoTime();
            return mongo.find(query, Document.class, SelfEvaluation.COLLECTION)
                    .doOnNext(stored -> rows.apply(BoardRow.of(stored)))
                    .then(Mono.fromSupplier(() -> {
                        log.info("Overview board of {} {} loaded: {} projects in {} ms", key.districtId(), key.year(),
                                rows.size(), (System.nanoTime() - started) / 1_000_000);
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

    /**
     * A district-year's rows, held from the moment its load is registered, and the load every request waits for.
     * The load runs once, on a subscription of its own, so a request that is cancelled while waiting (a browser
     * navigating away) never cancels the load the others wait for.
     */
    private record Loading(DistrictYearRows rows, Mono<DistrictYearRows> ready, AtomicBoolean started) {

        Loading(DistrictYearRows rows, Mono<DistrictYearRows> ready) {
            this(rows, ready, new AtomicBoolean());
        }

        void start() {
            if (started.compareAndSet(false, true)) {
                ready.subscribe(loaded -> { }, failure -> log.warn("Overview board not loaded", failure));
            }
        }
    }
}
