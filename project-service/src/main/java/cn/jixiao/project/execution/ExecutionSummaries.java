package cn.jixiao.project.execution;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantDocuments;
import cn.jixiao.tenancy.TenantAccess;

/** The summary figures' store. Reads are limited to what the caller may see. */
@Repository
class ExecutionSummaries {

    private final ReactiveMongoTemplate mongo;

    ExecutionSummaries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ExecutionSummary> findVisible(TenantAccess access, String projectId) {
        return TenantDocuments.visible(mongo, access, projectId, ExecutionSummary.class);
    }

    /** Stores the summary on top of the version it is based on; {@code null} means "there was none yet". */
    Mono<ExecutionSummary> store(ExecutionSummary summary) {
        if (summary.version() != null) {
            return mongo.save(summary);
        }
        return mongo.insert(summary).onErrorMap(DuplicateKeyException.class, e -> new OptimisticLockingFailureException(
                "The execution summary of project " + summary.id() + " was entered by someone else meanwhile", e));
    }
}
