package cn.jixiao.project.ledger;

import java.util.Optional;

import reactor.core.publisher.Mono;

import cn.jixiao.contracts.money.Yuan;

/** What the ledger needs to know of a project's budget: its 全年预算数, once the budget has been entered. */
interface BudgetFigures {

    Mono<Optional<Yuan>> fullYearBudget(String projectId);
}
