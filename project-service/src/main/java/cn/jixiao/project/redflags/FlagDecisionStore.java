package cn.jixiao.project.redflags;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantDocuments;

/** The decisions on red flags, read only as far as the caller may see the project. */
@Repository
class FlagDecisionStore {

    private final ReactiveMongoTemplate mongo;

    FlagDecisionStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ProjectFlagDecisions> of(TenantAccess reader, Project project) {
        return TenantDocuments.visible(mongo, reader, project.id(), ProjectFlagDecisions.class)
                .defaultIfEmpty(ProjectFlagDecisions.none(project));
    }

    /** Saves on top of the version read; a decision written meanwhile fails with an optimistic-locking error (409). */
    Mono<ProjectFlagDecisions> save(ProjectFlagDecisions next) {
        if (next.version() != null) {
            return mongo.save(next);
        }
        return mongo.insert(next).onErrorMap(DuplicateKeyException.class, meanwhile ->
                new OptimisticLockingFailureException("red flag decisions of " + next.projectId()
                        + " written meanwhile", meanwhile));
    }
}
