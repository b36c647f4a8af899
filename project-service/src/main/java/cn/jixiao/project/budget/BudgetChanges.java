package cn.jixiao.project.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Sets and adjusts a project's budget on top of the version the editor read. Each change is checked whole by
 * {@link BudgetRules} and saved with its {@code BudgetChanged} event and audit entry in one document write;
 * a concurrent change by someone else makes the save fail with an optimistic-locking error (409).
 */
@Service
public class BudgetChanges {

    private final ProjectAccess access;
    private final Budgets budgets;
    private final AuditTrail audit;
    private final Clock clock;

    BudgetChanges(ProjectAccess access, Budgets budgets, AuditTrail audit, Clock clock) {
        this.access = access;
        this.budgets = budgets;
        this.audit = audit;
        this.clock = clock;
    }

    /** 年初预算数 and both breakdowns; adjustments already made are kept. */
    public Mono<ProjectBudget> set(TenantAccess editor, String projectId, SetBudget request) {
        return access.editable(editor, projectId).flatMap(project -> budgets.findVisible(editor, projectId)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(current -> {
                    Yuan initial = Amounts.nonNegative("initialBudget", request.initialBudget());
                    List<SourceLine> bySource = Breakdowns.bySource(request.bySource());
                    List<ClassificationLine> byClassification =
                            Breakdowns.byClassification(project.year(), request.byClassification());
                    MonthlyPlan plan = MonthlyPlan.checked(request.monthlyPlan());
                    Budget budget = current
                            .map(stored -> stored.budget().withInitialAndBreakdowns(initial, bySource, byClassification))
                            .orElseGet(() -> Budget.atStartOfYear(initial, bySource, byClassification))
                            .withMonthlyPlan(plan);
                    return save(editor, project, current, budget, request.version(), current.isPresent() ? "updated" : "set");
                }));
    }

    /** One more 追加 or 调减, with the breakdowns that include it. */
    Mono<ProjectBudget> adjust(TenantAccess editor, String projectId, AddAdjustment request) {
        return access.editable(editor, projectId).flatMap(project -> budgets.findVisible(editor, projectId)
                .switchIfEmpty(Mono.error(() -> notSetYet(projectId)))
                .flatMap(current -> {
                    AdjustmentRow row = request.adjustment();
                    Adjustment adjustment = new Adjustment(row.date(), Amounts.signed("adjustment.amount", row.amount()),
                            row.reason() == null ? null : row.reason().strip());
                    Budget budget = current.budget().adjusted(adjustment, Breakdowns.bySource(request.bySource()),
                            Breakdowns.byClassification(project.year(), request.byClassification()));
                    return save(editor, project, Optional.of(current), budget, request.version(), "adjusted");
                }));
    }

    static ProblemException notSetYet(String projectId) {
        return ProblemException.notFound(Bilingual.of("项目预算", "The budget of project"), projectId);
    }

    private Mono<ProjectBudget> save(TenantAccess editor, Project project, Optional<ProjectBudget> current, Budget budget,
                                     Long basedOnVersion, String action) {
        // An editor who read an older budget gets 409, not sums checked against figures they have never seen.
        // The store checks the version again on the write itself, so a change landing in between is refused too.
        Long storedVersion = current.map(ProjectBudget::version).orElse(null);
        if (!Objects.equals(storedVersion, basedOnVersion)) {
            throw new OptimisticLockingFailureException("The budget of project " + project.id() + " is at version "
                    + storedVersion + ", the change is based on " + basedOnVersion);
        }
        BudgetRules.check(budget, project.year());
        // to the millisecond, as the store keeps it: the answer to a change shows what a later read will
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ProjectBudget next = new ProjectBudget(project.id(), project.districtId(), project.tenantId(), project.year(), budget,
                editor.username(), now, basedOnVersion, current.map(ProjectBudget::outbox).orElse(List.of()));
        BudgetChanged changed = next.snapshot(next.nextVersion());
        BudgetChanged before = current.map(stored -> stored.snapshot(stored.version())).orElse(null);
        List<PendingEvent> events = List.of(
                PendingEvent.of(Topics.PROJECT_EVENTS, project.id(),
                        EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, project.tenantId(), now, changed)),
                audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "budget", action,
                        before, changed, now));
        return budgets.store(next.withEvents(events));
    }
}
