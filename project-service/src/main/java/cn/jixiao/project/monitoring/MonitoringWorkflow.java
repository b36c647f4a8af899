package cn.jixiao.project.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.budget.BudgetFigures;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorSystems;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.indicators.UnreadableValue;
import cn.jixiao.project.ledger.LedgerFigures;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.StepRefusal;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Reads, fills and moves a project's 绩效监控表 in a round. Every write is one versioned write of the form's own
 * document (its entries or state, the step in its history, the event and the audit entry together), on top of the
 * version the person read (else 409). The order of the refusals: the project and the round visible (404), the
 * caller's role (403), the version current (409), the step possible now (409), a return commented (400), every red
 * and yellow line explained before a submission (422, each missing one listed with its line).
 */
@Service
class MonitoringWorkflow {

    private final ProjectAccess access;
    private final MonitoringRounds rounds;
    private final MonitoringStore store;
    private final BudgetFigures budgets;
    private final LedgerFigures ledgers;
    private final IndicatorSystems indicators;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringWorkflow(ProjectAccess access, MonitoringRounds rounds, MonitoringStore store, BudgetFigures budgets,
                       LedgerFigures ledgers, IndicatorSystems indicators, AuditTrail audit, Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.store = store;
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything a step reads: the project, the round, the form as stored (or unstored) and the targets in force. */
    private record Context(Project project, MonitoringRound round, MonitoringReport report, List<Indicator> inForce,
                           TargetsState targets, Optional<BudgetFigures.Planned> budget, Yuan executed) {

        /** The lines for these entries, prefilled with the figures read. */
        MonitoringLines lines(Explanation spending, Map<String, IndicatorEntry> entries) {
            return MonitoringRules.lines(round, budget.map(BudgetFigures.Planned::fullYear),
                    budget.flatMap(BudgetFigures.Planned::monthlyPlan), executed, inForce, spending, entries);
        }

        /** The lines of the form as stored (or blank). */
        MonitoringLines live() {
            return lines(report.spending(), report.entriesById());
        }

        Context with(MonitoringReport saved) {
            return new Context(project, round, saved, inForce, targets, budget, executed);
        }
    }

    Mono<MonitoringForm> read(TenantAccess caller, String projectId, String roundId) {
        return context(caller, projectId, roundId).map(this::form);
    }

    Mono<MonitoringForm> fill(TenantAccess caller, String projectId, String roundId, FillMonitoring request) {
        return context(caller, projectId, roundId).flatMap(context -> {
            MonitoringReport current = context.report();
            refusal(null, current).unlessAllowed(MonitoringPolicy.mayFill(caller, context.project().districtId(),
                    context.project().tenantId(), current.state()), request.version(), current.version(),
                    "monitoring form " + current.id());
            List<IndicatorEntry> entries = known(context.inForce(), request.indicators());
            Map<String, IndicatorEntry> byId = entries.stream()
                    .collect(Collectors.toMap(IndicatorEntry::indicatorId, entry -> entry));
            MonitoringLines judged = context.lines(request.spending(), byId);
            Instant now = now();
            MonitoringReport next = current.filled(request.spending(), entries, judged, List.of(audit.entry(caller,
                    context.project().id(), context.project().districtId(), context.project().tenantId(),
                    "monitoring", "fill", current.stored() ? Map.of("state", current.state()) : null,
                    Map.of("round", context.round().id(), "state", current.stateAfterFilling(),
                            "redLines", judged.count(MonitoringLight.RED),
                            "yellowLines", judged.count(MonitoringLight.YELLOW)),
                    now)));
            return store.save(next).map(saved -> form(context.with(saved)));
        });
    }

    Mono<MonitoringForm> take(MonitoringStep step, TenantAccess caller, String projectId, String roundId,
                              TakeMonitoringStep request) {
        return context(caller, projectId, roundId).flatMap(context -> {
            MonitoringReport current = context.report();
            String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
            refusal(step, current).unlessAllowed(ReviewPolicy.decide(step, caller, current.state(), comment,
                    MonitoringStep.SUBJECT), request.version(), current.version(), "monitoring form " + current.id());
            MonitoringLines lines = context.live();
            if (step == MonitoringStep.SUBMIT) {
                refuseIfUnexplained(MonitoringRules.missing(lines));
            }
            Instant now = now();
            MonitoringReport.Step taken = new MonitoringReport.Step(step, current.state(), step.to(),
                    caller.username(), now, comment);
            List<PendingEvent> events = new ArrayList<>(List.of(
                    step == MonitoringStep.SUBMIT
                            ? MonitoringEvents.reported(current, context.round(), lines, caller.username(), now)
                            : MonitoringEvents.reviewed(current, step, caller.username(), now, comment),
                    audit.entry(caller, context.project().id(), context.project().districtId(),
                            context.project().tenantId(), "monitoring", step.name().toLowerCase(),
                            Map.of("state", current.state()), Map.of("round", context.round().id(), "state", step.to(),
                                    "comment", comment == null ? "" : comment), now)));
            if (step != MonitoringStep.SUBMIT) {
                // the district's review makes each red line, as submitted, a 整改 finding: in the same write as the
                // review, for rectification to open from this outbox entry
                MonitoringRedLines.of(context.project(), context.round(),
                        current.submitted() != null ? current.submitted() : lines, caller.username(), now)
                        .ifPresent(events::add);
            }
            return store.save(current.after(taken, lines, events))
                    .map(saved -> form(context.with(saved)));
        });
    }

    private Mono<Context> context(TenantAccess caller, String projectId, String roundId) {
        return access.readable(caller, projectId).flatMap(project -> store.rounds(project.districtId())
                .flatMap(all -> Mono.justOrEmpty(all.round(roundId).filter(round -> round.year() == project.year())))
                .switchIfEmpty(Mono.error(() -> MonitoringRounds.notFound(roundId)))
                .flatMap(round -> Mono.zip(
                                store.report(caller, roundId, projectId).defaultIfEmpty(MonitoringReport.unstored(
                                        roundId, projectId, project.districtId(), project.tenantId())),
                                indicators.of(caller, project),
                                budgets.plannedBudget(projectId),
                                ledgers.executedThrough(projectId, round.month()))
                        .map(found -> new Context(project, round, found.getT1(), found.getT2().indicators(),
                                found.getT2().targets().state(), found.getT3(), found.getT4()))));
    }

    private MonitoringForm form(Context context) {
        MonitoringReport report = context.report();
        MonitoringLines lines = report.state().handedIn() && report.submitted() != null ? report.submitted()
                : context.live();
        List<MissingExplanation> missing = report.state().editable() ? MonitoringRules.missing(lines) : List.of();
        boolean overdue = context.round().pastDue(clock.instant()) && !report.state().handedIn();
        return new MonitoringForm(context.round(), context.project().id(), context.project().tenantId(),
                context.project().code(), context.project().details().name(), report.version(), report.state(),
                report.state().label(), overdue, context.targets(), context.targets().label(), lines,
                lines.count(MonitoringLight.RED),
                lines.count(MonitoringLight.YELLOW), missing,
                report.state().editable() && missing.isEmpty(),
                report.history().stream().map(MonitoringForm.HistoryView::of).toList());
    }

    /** The entries for the tree in force, each indicator once; an unknown indicator or unreadable value is a 400. */
    private static List<IndicatorEntry> known(List<Indicator> inForce, List<IndicatorEntry> entries) {
        Map<String, Indicator> byId = inForce.stream().collect(Collectors.toMap(Indicator::id, indicator -> indicator));
        Set<String> seen = new HashSet<>();
        for (IndicatorEntry entry : entries) {
            Indicator indicator = byId.get(entry.indicatorId());
            if (indicator == null || indicator.markedNotApplicable()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "monitoring-indicator-unknown",
                        Bilingual.of("指标不在现行绩效目标中", "Indicator not among the targets in force"),
                        Bilingual.of("指标“" + entry.indicatorId() + "”不在现行绩效目标中（或为不适用）",
                                "The indicator \"" + entry.indicatorId() + "\" is not among the targets in force "
                                        + "(or is 不适用)"));
            }
            if (!seen.add(entry.indicatorId())) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "monitoring-indicator-twice",
                        Bilingual.of("指标重复填报", "Indicator entered twice"),
                        Bilingual.of("指标“" + indicator.name() + "”填报了两次", "The indicator \"" + indicator.name()
                                + "\" is entered twice"));
            }
            if (entry.expected() != null) {
                try {
                    MonitoringRules.expectedOf(indicator, entry.expected());
                } catch (UnreadableValue unreadable) {
                    throw new ProblemException(HttpStatus.BAD_REQUEST, "monitoring-expected-unreadable",
                            Bilingual.of("全年预计完成值无法识别", "Expected value unreadable"), unreadable.reason())
                            .with("indicatorId", indicator.id());
                }
            }
        }
        return List.copyOf(entries);
    }

    /** How a change of the form is refused: the 409 says where the form stands. */
    private static StepRefusal refusal(MonitoringStep step, MonitoringReport current) {
        return StepRefusal.of(step, "monitoring", Bilingual.of("当前状态下不能进行此操作",
                "Not possible in the form's current state"), Map.of("monitoringState", current.state(),
                "monitoringStateLabel", current.state().label()));
    }

    private static void refuseIfUnexplained(List<MissingExplanation> missing) {
        if (missing.isEmpty()) {
            return;
        }
        throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "monitoring-deviations-unexplained",
                Bilingual.of("红灯、黄灯行须说明偏差原因和纠偏措施后才能提交",
                        "Red and yellow lines need their cause and corrective measure before submitting"),
                Bilingual.of("有 " + missing.size() + " 处须补充：" + String.join("；",
                                missing.stream().map(MissingExplanation::message).toList()),
                        missing.size() + " explanation(s) missing: " + String.join("; ",
                                missing.stream().map(MissingExplanation::messageEn).toList())))
                .with("missing", missing);
    }

    private Instant now() {
        // to the millisecond, as the store keeps it: the answer to a step shows what every later read shows
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
