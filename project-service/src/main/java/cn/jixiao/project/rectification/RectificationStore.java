package cn.jixiao.project.rectification;

import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The district-year documents of 整改 items, read by {@code _id}. A change is made on the latest document and saved
 * with its version; if another item of the district was written in between, the change is made again on top of it
 * (a person's version check is the item's, inside the change, so only a change of the same item is a 409).
 */
@Repository
class RectificationStore {

    /** Enough for a district's streets answering at the same moment. */
    private static final int ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;

    RectificationStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The district's items of the year; the caller has checked what it may read of them. */
    Mono<DistrictYearRectifications> of(String districtId, int year) {
        return mongo.findById(DistrictYearRectifications.idOf(districtId, year), DistrictYearRectifications.class)
                .defaultIfEmpty(DistrictYearRectifications.none(districtId, year));
    }

    /**
     * Applies the change to the latest document and saves it; the change answers the document to save (or the same
     * document, unchanged, to save nothing) and what to return.
     */
    <T> Mono<T> change(String districtId, int year, Function<DistrictYearRectifications, Changed<T>> change) {
        return Mono.defer(() -> of(districtId, year).map(change).flatMap(changed -> changed.unchanged()
                        ? Mono.just(changed.result())
                        : save(changed.document()).thenReturn(changed.result())))
                .retryWhen(Retry.max(ATTEMPTS - 1).filter(Raced.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> new OptimisticLockingFailureException(
                                "rectifications of " + districtId + " " + year + " changed meanwhile",
                                signal.failure())));
    }

    private Mono<DistrictYearRectifications> save(DistrictYearRectifications next) {
        Mono<DistrictYearRectifications> saved = next.version() == null ? mongo.insert(next) : mongo.save(next);
        return saved.onErrorMap(failure -> failure instanceof OptimisticLockingFailureException
                || failure instanceof DuplicateKeyException, Raced::new);
    }

    /** The document to save, {@code null} when nothing changes, and the answer. */
    record Changed<T>(DistrictYearRectifications document, T result) {

        boolean unchanged() {
            return document == null;
        }
    }

    /** Another write of the same document came first: worth doing the change again. */
    private static final class Raced extends RuntimeException {
        Raced(Throwable cause) {
            super(cause);
        }
    }
}
