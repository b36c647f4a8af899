package cn.jixiao.project.monitoring;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * The rounds (one document per district) and the forms (one per round and project), each read by its {@code _id}.
 * A first write is an insert: a first write that lost a race is a concurrent change (409), not a duplicate.
 */
@Repository
class MonitoringStore {

    private final ReactiveMongoTemplate mongo;

    MonitoringStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The district's rounds; the caller has checked that it reads this district. */
    Mono<DistrictRounds> rounds(String districtId) {
        return mongo.findById(districtId, DistrictRounds.class).defaultIfEmpty(DistrictRounds.none(districtId));
    }

    Mono<DistrictRounds> save(DistrictRounds next) {
        if (next.version() == null) {
            return mongo.insert(next).onErrorMap(DuplicateKeyException.class, raced ->
                    new OptimisticLockingFailureException("rounds of " + next.districtId() + " opened meanwhile", raced));
        }
        return mongo.save(next);
    }

    /** The form, if stored and visible to the caller. */
    Mono<MonitoringReport> report(TenantAccess caller, String roundId, String projectId) {
        return TenantDocuments.visible(mongo, caller, MonitoringReport.idOf(roundId, projectId), MonitoringReport.class);
    }

    /** The stored forms of these ids that the caller may see, without their outboxes: the round's dashboard. */
    Flux<MonitoringReport> reports(TenantAccess caller, Collection<String> ids) {
        Query byIds = Query.query(Criteria.where("_id").in(ids));
        byIds.fields().exclude(PendingEvent.FIELD);
        return mongo.find(byIds, MonitoringReport.class)
                .filter(found -> caller.canRead(found.districtId(), found.tenantId()));
    }

    Mono<MonitoringReport> save(MonitoringReport next) {
        if (next.version() == null) {
            return mongo.insert(next).onErrorMap(DuplicateKeyException.class, raced ->
                    new OptimisticLockingFailureException("monitoring form " + next.id() + " written meanwhile", raced));
        }
        return mongo.save(next);
    }
}
