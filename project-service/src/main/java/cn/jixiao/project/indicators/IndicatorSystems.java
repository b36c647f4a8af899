package cn.jixiao.project.indicators;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantCriteria;
import cn.jixiao.tenancy.TenantDocuments;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The indicator systems store; reads are limited to what the caller may see. Public for the approval of the targets
 * ({@code cn.jixiao.project.targets}), which moves the state kept in the same document.
 */
@Repository
public class IndicatorSystems {

    private final ReactiveMongoTemplate mongo;

    IndicatorSystems(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The project's indicators, or the empty state before its first definition. */
    public Mono<IndicatorSystem> of(TenantAccess access, Project project) {
        return TenantDocuments.visible(mongo, access, project.id(), IndicatorSystem.class)
                .defaultIfEmpty(IndicatorSystem.none(project.id(), project.districtId(), project.tenantId()));
    }

    /**
     * The trees the caller may see whose targets stand in this state (the district's 目标审核 queue), without their
     * outboxes. A tree stored before targets were approved reads as a draft, and so is found as one here; a project
     * without any tree yet is not found at all.
     */
    public Flux<IndicatorSystem> withTargetsIn(TenantAccess access, TargetsState state, String streetId) {
        Criteria inState = state == TargetsState.DRAFT
                ? new Criteria().orOperator(Criteria.where("targets.state").is(state), Criteria.where("targets").exists(false))
                : Criteria.where("targets.state").is(state);
        Criteria filter = streetId == null || streetId.isBlank() ? inState
                : new Criteria().andOperator(inState, Criteria.where(TenantCriteria.TENANT_ID).is(streetId));
        Query query = TenantCriteria.allVisible(access, filter);
        query.fields().exclude(PendingEvent.FIELD);
        return mongo.find(query, IndicatorSystem.class);
    }

    /**
     * Stores the next state. A first definition is an insert: if someone else's first definition won the race,
     * that is a concurrent change like any other (409), not a duplicate.
     */
    public Mono<IndicatorSystem> save(IndicatorSystem next) {
        if (next.version() == null) {
            return mongo.insert(next).onErrorMap(DuplicateKeyException.class,
                    raced -> new OptimisticLockingFailureException("indicators of " + next.projectId() + " defined meanwhile", raced));
        }
        return mongo.save(next);
    }
}
