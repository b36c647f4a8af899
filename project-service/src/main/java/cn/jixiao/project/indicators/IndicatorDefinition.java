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

import cn.jixiao.messaging.outbox.Outbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.templates.EvaluationTemplate;
import cn.jixiao.project.templates.Templates;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Defines or changes a project's whole indicator tree: every indicator consistent ({@link IndicatorRules}), the
 * weights adding up to the parts of the template that applies now ({@link WeightCheck}), stored with its
 * {@code IndicatorsDefined} event and audit entry in one write. Indicators that keep their id keep their actual
 * value as long as it still fits the changed definition; if that changes the actuals, {@code ActualsReported}
 * goes out with the same write.
 */
@Service
public class IndicatorDefinition {

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final Templates templates;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    IndicatorDefinition(ProjectAccess access, IndicatorSystems systems, Templates templates, Outbox outbox,
                        AuditTrail audit, Clock clock) {
        this.access = access;
        this.systems = systems;
        this.templates = templates;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<IndicatorSystem> define(TenantAccess editor, String projectId, DefineIndicators request) {
        Instant now = clock.instant();
        return access.editable(editor, projectId).flatMap(project -> Mono.zip(
                        systems.of(editor, project), templates.applicableTo(project.districtId()))
                .map(stored -> next(editor, project, stored.getT1(), stored.getT2(), request, now))
                .flatMap(next -> outbox.afterSave(systems.save(next))));
    }

    private IndicatorSystem next(TenantAccess editor, Project project, IndicatorSystem current,
                                 EvaluationTemplate template, DefineIndicators request, Instant now) {
        if (!Objects.equals(request.version(), current.version())) {
            throw new OptimisticLockingFailureException("indicators of " + project.id() + " changed meanwhile");
        }
        IndicatorRules.Checked checked = IndicatorRules.check(request.indicators().stream()
                .map(input -> input.id() == null || input.id().isBlank() ? input.withId(UUID.randomUUID().toString()) : input)
                .toList());
        if (!checked.accepted()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "indicators-invalid",
                    Bilingual.of("绩效指标有误", "Invalid indicators"),
                    Bilingual.of("有 " + checked.problems().size() + " 处需要修改，详见 errors",
                            checked.problems().size() + " problem(s), see errors"))
                    .with("errors", checked.problems());
        }
        List<CategorySum> sums = WeightCheck.sums(template, checked.indicators());
        if (!WeightCheck.allMatch(sums)) {
            throw weightsDoNotAddUp(template, sums);
        }
        List<Indicator> indicators = keepActuals(current, checked.indicators()).stream()
                .sorted(Comparator.comparing(Indicator::dimension))
                .toList();
        List<PendingEvent> events = new ArrayList<>();
        events.add(IndicatorEvents.defined(current, template, indicators, now));
        if (!IndicatorEvents.actualsOf(indicators).equals(IndicatorEvents.actualsOf(current.indicators()))) {
            events.add(IndicatorEvents.actualsReported(current, indicators, now));
        }
        events.add(audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "indicators",
                current.isStored() ? "changed" : "defined",
                current.isStored() ? Definition.of(current.template(), current.indicators()) : null,
                Definition.of(template, indicators), now));
        return current.next(template, indicators, request.version(), events);
    }

    /** An indicator that keeps its id keeps its actual, re-read against its new definition; one that no longer fits is dropped. */
    private static List<Indicator> keepActuals(IndicatorSystem current, List<Indicator> defined) {
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
                        actual.deviationNote(), actual.reportedBy(), actual.reportedAt()));
            } catch (UnreadableValue noLongerFits) {
                return indicator;
            }
        }).toList();
    }

    private static ProblemException weightsDoNotAddUp(EvaluationTemplate template, List<CategorySum> sums) {
        List<CategorySum> wrong = sums.stream().filter(sum -> !sum.matches()).toList();
        String zh = wrong.stream().map(sum -> sum.label() + "应为 " + sum.expected() + " 分，现为 " + sum.actual() + " 分")
                .collect(Collectors.joining("；"));
        String en = wrong.stream().map(sum -> sum.category() + " must add up to " + sum.expected() + ", not " + sum.actual())
                .collect(Collectors.joining("; "));
        return new ProblemException(HttpStatus.BAD_REQUEST, "weights-mismatch",
                Bilingual.of("指标分值与评价模板不符", "Weights do not match the evaluation template"),
                Bilingual.of("按“" + template.name() + "”（第 " + template.version() + " 版）：" + zh,
                        "Under template " + template.templateId() + " v" + template.version() + ": " + en))
                .with("sums", sums)
                .with("template", TemplateView.of(template));
    }

    /** The tree as the audit trail keeps it before and after a change. */
    record Definition(String templateId, int templateVersion, List<Indicator> indicators) {

        static Definition of(EvaluationTemplate template, List<Indicator> indicators) {
            return new Definition(template.templateId(), template.version(), indicators);
        }
    }
}
