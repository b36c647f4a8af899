package cn.jixiao.project.ledger;

import java.util.Optional;

import org.bson.Document;
import org.bson.types.Decimal128;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.money.Yuan;

/**
 * Reads the 全年预算数 from the budget feature's own documents (collection {@code budgets}, one per project,
 * keyed by the project id, the figure in {@code fullYearBudget} as Decimal128). Read-only: the budget belongs
 * to that feature; the ledger only looks at the figure, in the same service and database.
 */
@Component
class StoredBudgetFigures implements BudgetFigures {

    static final String COLLECTION = "budgets";
    static final String FULL_YEAR_BUDGET = "fullYearBudget";

    private final ReactiveMongoTemplate mongo;

    StoredBudgetFigures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Optional<Yuan>> fullYearBudget(String projectId) {
        Query budget = Query.query(Criteria.where("_id").is(projectId));
        budget.fields().include(FULL_YEAR_BUDGET);
        return mongo.findOne(budget, Document.class, COLLECTION)
                .map(document -> Optional.ofNullable(document.get(FULL_YEAR_BUDGET, Decimal128.class))
                        .map(figure -> new Yuan(figure.bigDecimalValue())))
                .defaultIfEmpty(Optional.empty());
    }
}
