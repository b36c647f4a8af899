package cn.jixiao.project.budget;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.money.Yuan;

/**
 * The budget figures other features of the same project read (the ledger's execution rate and spending
 * progress). The caller has already checked that the project is visible to the user.
 */
@Component
public class BudgetFigures {

    private final ReactiveMongoTemplate mongo;

    BudgetFigures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** 全年预算数, or empty while no budget has been entered. */
    public Mono<Optional<Yuan>> fullYearBudget(String projectId) {
        return mongo.findById(projectId, ProjectBudget.class)
                .map(stored -> Optional.of(stored.budget().fullYear()))
                .defaultIfEmpty(Optional.empty());
    }

    /** 全年预算数 with the planned spending curve, if any; empty while no budget has been entered. */
    public Mono<Optional<Planned>> plannedBudget(String projectId) {
        return mongo.findById(projectId, ProjectBudget.class)
                .map(stored -> Optional.of(new Planned(stored.budget().fullYear(),
                        Optional.ofNullable(stored.budget().monthlyPlan()))))
                .defaultIfEmpty(Optional.empty());
    }

    /** The whole budget (年初预算数 and the dated adjustments), or empty while no budget has been entered. */
    public Mono<Optional<Budget>> budget(String projectId) {
        return mongo.findById(projectId, ProjectBudget.class)
                .map(stored -> Optional.of(stored.budget()))
                .defaultIfEmpty(Optional.empty());
    }

    /** 全年预算数 and the monthly plan entered with it, if one was. */
    public record Planned(Yuan fullYear, Optional<MonthlyPlan> monthlyPlan) {
    }
}
