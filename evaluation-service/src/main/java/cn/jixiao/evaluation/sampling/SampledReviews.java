package cn.jixiao.evaluation.sampling;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantAccess;

/**
 * The samples and their re-scores. A sample is the district's, never a street's: only the district's overseers and
 * auditors see it; for anyone else it does not exist.
 */
@Repository
class SampledReviews {

    private final ReactiveMongoTemplate mongo;

    SampledReviews(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the caller reads the district's samples: its overseers and auditors, not its streets. */
    static boolean readsSamplesOf(TenantAccess access, String districtId) {
        return !access.isStreetUser() && access.canRead(districtId, null);
    }

    Mono<SampledReview> insert(SampledReview sample) {
        return mongo.insert(sample);
    }

    /** Read by id alone, then checked, like every tenant's document ({@code TenantDocuments}). */
    Mono<SampledReview> visible(TenantAccess access, String id) {
        return mongo.findById(id, SampledReview.class).filter(sample -> readsSamplesOf(access, sample.districtId()));
    }

    /** The district's samples of the year, newest first; none for a caller who reads no samples. */
    Flux<SampledReview> ofYear(TenantAccess access, int year) {
        if (!readsSamplesOf(access, access.districtId())) {
            return Flux.empty();
        }
        return mongo.find(Query.query(Criteria.where("districtId").is(access.districtId()).and("year").is(year))
                .with(Sort.by(Sort.Direction.DESC, "drawnAt")), SampledReview.class);
    }

    /** The re-scores of the sample's evaluations, each read by its id. */
    Flux<ReScoring> reScorings(SampledReview sample) {
        List<String> ids = sample.drawn().stream().map(drawn -> sample.reScoringId(drawn.evaluationId())).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ReScoring.class);
    }

    Mono<ReScoring> reScoring(SampledReview sample, String evaluationId) {
        return mongo.findById(sample.reScoringId(evaluationId), ReScoring.class)
                .defaultIfEmpty(ReScoring.none(sample, evaluationId));
    }

    /** Inserts the first re-score of an evaluation, else replaces them at the version read (else it fails). */
    Mono<ReScoring> save(ReScoring reScoring) {
        return mongo.save(reScoring);
    }
}
