package cn.jixiao.project.ledger;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.monitoring.ExecutionRate;
import cn.jixiao.contracts.monitoring.SpendingProgress;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.budget.BudgetFigures;
import cn.jixiao.project.ledger.LedgerViews.ExpenditurePage;
import cn.jixiao.project.ledger.LedgerViews.ExpenditureView;
import cn.jixiao.project.ledger.LedgerViews.LedgerSummary;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/** Reads of a project's ledger, for anyone who may read the project (its street, the district, auditors). */
@Service
class LedgerQueries {

    private final ProjectAccess access;
    private final Ledgers ledgers;
    private final Expenditures expenditures;
    private final BudgetFigures budgets;

    LedgerQueries(ProjectAccess access, Ledgers ledgers, Expenditures expenditures, BudgetFigures budgets) {
        this.access = access;
        this.ledgers = ledgers;
        this.expenditures = expenditures;
        this.budgets = budgets;
    }

    Mono<ExpenditurePage> entries(TenantAccess reader, String projectId, Integer month, String classificationCode,
                                  int page, int size) {
        return ledgerOf(reader, projectId).flatMap(ledger -> Mono.zip(
                expenditures.page(reader, ledger, month, classificationCode, page, size).map(ExpenditureView::of).collectList(),
                expenditures.count(reader, ledger, month, classificationCode))
                .map(found -> new ExpenditurePage(found.getT1(), page, size, found.getT2())));
    }

    Mono<LedgerSummary> summary(TenantAccess reader, String projectId) {
        return ledgerOf(reader, projectId).zipWhen(ledger -> budgets.fullYearBudget(projectId)).map(found -> {
            SpendingTotals totals = found.getT1().totals();
            Optional<Yuan> budget = found.getT2().filter(figure -> figure.amount().signum() > 0);
            return new LedgerSummary(projectId, found.getT1().year(), totals.executed(), totals.entryCount(),
                    totals.byClassification(), totals.byMonth(), found.getT2().orElse(null),
                    budget.map(figure -> ExecutionRate.printedPercent(totals.executed(), figure)).orElse(null));
        });
    }

    Mono<SpendingProgress> progress(TenantAccess reader, String projectId, int month) {
        return ledgerOf(reader, projectId).zipWhen(ledger -> budgets.fullYearBudget(projectId)).map(found -> {
            Yuan budget = found.getT2().orElseThrow(LedgerQueries::budgetNotEntered);
            if (budget.amount().signum() <= 0) {
                throw budgetNotEntered();
            }
            return SpendingProgress.of(found.getT1().totals().executedThrough(month), budget, month);
        });
    }

    /** The project's ledger, or an empty one if nothing was booked yet; 404 if the caller may not see the project. */
    private Mono<Ledger> ledgerOf(TenantAccess reader, String projectId) {
        return access.readable(reader, projectId).flatMap(project -> ledgers.visible(reader, projectId)
                .defaultIfEmpty(Ledger.opened(project)));
    }

    private static ProblemException budgetNotEntered() {
        return new ProblemException(HttpStatus.CONFLICT, "budget-not-entered",
                Bilingual.of("预算未录入", "Budget not entered"),
                Bilingual.of("该项目尚未录入全年预算数（或为 0），无法计算支出进度，请先录入预算",
                        "The project has no full-year budget yet (or it is 0), so spending progress cannot be computed; enter the budget first"));
    }
}
