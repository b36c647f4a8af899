package cn.jixiao.project.indicators;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.project.project.Project;
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
