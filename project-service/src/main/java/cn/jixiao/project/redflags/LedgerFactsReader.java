package cn.jixiao.project.redflags;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.project.audit.AuditEntry;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.budget.BudgetFigures;
import cn.jixiao.project.ledger.BookedEntries;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.redflags.rules.LedgerFacts;
import cn.jixiao.project.redflags.rules.LedgerRow;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Gathers what the red-flag rules judge of one project: its committed ledger rows, and whether and since when its
 * budget exists. The day the budget came to exist is the day of its first entry in the audit trail (the budget
 * document keeps only its last change); a budget set before the trail recorded budgets has no known day.
 */
@Component
class LedgerFactsReader {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String BUDGET = "budget";

    private final BookedEntries entries;
    private final BudgetFigures budgets;
    private final AuditTrail audit;

    LedgerFactsReader(BookedEntries entries, BudgetFigures budgets, AuditTrail audit) {
        this.entries = entries;
        this.budgets = budgets;
        this.audit = audit;
    }

    /** The project's facts; the caller has checked it may read the project. */
    Mono<LedgerFacts> of(TenantAccess reader, Project project) {
        Mono<Optional<LocalDate>> budgetSetOn = audit.of(project.districtId(), project.id())
                .filter(entry -> BUDGET.equals(entry.subject()))
                .map(AuditEntry::at).sort(Comparator.naturalOrder()).next()
                .map(at -> Optional.of(LocalDate.ofInstant(at, BEIJING)))
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(entries.of(reader, project.id()).map(entry -> new LedgerRow(entry.voucherNo(), entry.date(),
                                entry.payee(), entry.amount(), entry.summary())).collectList(),
                        budgets.fullYearBudget(project.id()), budgetSetOn)
                .map(found -> new LedgerFacts(project.year(), found.getT1(), found.getT2().isPresent(),
                        found.getT2().isPresent() ? found.getT3().orElse(null) : null));
    }
}
