package cn.jixiao.project.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Defines or changes a project's whole indicator tree: every indicator consistent ({@link IndicatorRules}), stored
 * with its {@code IndicatorsDefined} event and audit entry in one write. A draft saves whatever is structurally
 * valid, as printed: blank targets and weights are listed as missing with the tree ({@link IndicatorTreeView}), a
 * "/" line is 不适用, and whether the weights add up to the evaluation template's parts is evaluation-service's
 * to judge (it owns the templates), shown with the score and blocking submission, never a refusal to save here. Indicators that keep their id keep their actual
 * value as long as it still fits the changed definition; if that changes the actuals, {@code ActualsReported}
 * goes out with the same write. While the targets are submitted or approved ({@link TargetsApproval}, kept in the
 * same document) a new definition is refused with 409, read and refused within the same versioned write; actuals are
 * reported by {@link ActualsReporting} and never locked.
 */
@Service
public class IndicatorDefinition {

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    IndicatorDefinition(ProjectAccess access, IndicatorSystems systems, AuditTrail audit, Clock clock) {
        this.access = access;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<IndicatorSystem> define(TenantAccess editor, String projectId, DefineIndicators request) {
        Instant now = clock.instant();
        return access.editable(editor, projectId).flatMap(project -> systems.of(editor, project)
                .map(current -> next(editor, project, current, request, now))
                .flatMap(systems::save));
    }

    private IndicatorSystem next(TenantAccess editor, Project project, IndicatorSystem current,
                                 DefineIndicators request, Instant now) {
        // submitted or approved targets stay as they are, however the tree is sent (actuals have their own writes)
        current.targets().refuseChangeOfTargets();
        if (!Objects.equals(request.version(), current.version())) {
            throw new OptimisticLockingFailureException("indicators of " + project.id() + " changed meanwhile");
        }
        List<Indicator> indicators = keepActuals(current, checked(request.indicators()));
        List<PendingEvent> events = new ArrayList<>();
        events.add(IndicatorEvents.defined(current, indicators, now));
        if (!IndicatorEvents.actualsOf(indicators).equals(IndicatorEvents.actualsOf(current.indicators()))) {
            events.add(IndicatorEvents.actualsReported(current, indicators, now));
        }
        events.add(audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "indicators",
                current.isStored() ? "changed" : "defined",
                current.isStored() ? new Definition(current.indicators()) : null, new Definition(indicators), now));
        return current.next(indicators, request.version(), events);
    }

    /**
     * A tree as entered, checked by {@link IndicatorRules} (400 with every problem otherwise), a new line given an
     * id, in the form's order: the parts in their printed order; the sort is stable, so each part keeps its lines in
     * the order the street entered them (the tree, the workbook and the events all list them so). Also what a
     * 目标调整 request proposes, which is read by the same rules as a definition.
     */
    public static List<Indicator> checked(List<IndicatorInput> inputs) {
        IndicatorRules.Checked checked = IndicatorRules.check(inputs.stream()
                .map(input -> input.id() == null || input.id().isBlank() ? input.withId(UUID.randomUUID().toString()) : input)
                .toList());
        if (!checked.accepted()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "indicators-invalid",
                    Bilingual.of("绩效指标有误", "Invalid indicators"),
                    Bilingual.of("有 " + checked.problems().size() + " 处需要修改，详见 errors",
                            checked.problems().size() + " problem(s), see errors"))
                    .with("errors", checked.problems())
                    .with("cells", checked.cells());
        }
        return checked.indicators().stream().sorted(Comparator.comparing(Indicator::dimension)).toList();
    }

    /** An indicator that keeps its id keeps its actual, re-read against its new definition; one that no longer fits is dropped. */
    static List<Indicator> keepActuals(IndicatorSystem current, List<Indicator> defined) {
        Map<String, Indicator> before = current.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        return defined.stream().map(indicator -> {
            Indicator previous = before.get(indicator.id());
            if (previous == null || previous.actual() == null) {
                return indicator;
            }
            ReportedActual actual = previous.actual();
            try {
                ActualReading reread = ActualRules.read(indicator, actual.text());
                return indicator.withActual(new ReportedActual(actual.text(), reread.value(), reread.unit(),
                        actual.deviationNote(), actual.reportedBy(), actual.reportedAt(), reread.kind()));
            } catch (UnreadableValue noLongerFits) {
                return indicator;
            }
        }).toList();
    }

    /** The tree as the audit trail keeps it before and after a change. */
    record Definition(List<Indicator> indicators) {
    }
}
