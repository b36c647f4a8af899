package cn.jixiao.project.budget;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantDocuments;
import cn.jixiao.tenancy.TenantAccess;

/** The budgets store. Reads are limited to what the caller may see. */
@Repository
class Budgets {

    private final ReactiveMongoTemplate mongo;

    Budgets(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ProjectBudget> findVisible(TenantAccess access, String projectId) {
        return TenantDocuments.visible(mongo, access, projectId, ProjectBudget.class);
    }

    /**
     * Stores the budget on top of the version it is based on; {@code null} means "there was no budget yet".
     * Either way, a budget someone else saved in between makes this fail with an optimistic-locking error.
     */
    Mono<ProjectBudget> store(ProjectBudget budget) {
        if (budget.version() != null) {
            return mongo.save(budget);
        }
        return mongo.insert(budget).onErrorMap(DuplicateKeyException.class, e -> new OptimisticLockingFailureException(
                "The budget of project " + budget.id() + " was set by someone else meanwhile", e));
    }
}
