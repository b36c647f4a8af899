package cn.jixiao.project.redflags;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.project.budget.Budget;
import cn.jixiao.project.budget.BudgetFigures;
import cn.jixiao.project.ledger.BookedEntries;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.redflags.rules.BudgetInForce;
import cn.jixiao.project.redflags.rules.LedgerFacts;
import cn.jixiao.project.redflags.rules.LedgerRow;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Gathers what the red-flag rules judge of one project: its committed ledger rows, and its budget with the dates of
 * its adjustments.
 */
@Component
class LedgerFactsReader {

    private final BookedEntries entries;
    private final BudgetFigures budgets;

    LedgerFactsReader(BookedEntries entries, BudgetFigures budgets) {
        this.entries = entries;
        this.budgets = budgets;
    }

    /** The project's facts; the caller has checked it may read the project. */
    Mono<LedgerFacts> of(TenantAccess reader, Project project) {
        return Mono.zip(entries.of(reader, project.id()).map(entry -> new LedgerRow(entry.voucherNo(), entry.date(),
                                entry.payee(), entry.amount(), entry.summary())).collectList(),
                        budgets.budget(project.id()))
                .map(found -> new LedgerFacts(project.year(), found.getT1(),
                        found.getT2().map(LedgerFactsReader::inForce).orElse(null)));
    }

    private static BudgetInForce inForce(Budget budget) {
        return new BudgetInForce(budget.initial().amount(), budget.adjustments().stream()
                .map(adjustment -> new BudgetInForce.Change(adjustment.date(), adjustment.amount().amount())).toList());
    }
}
