package cn.jixiao.project.targets;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorDefinition;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.IndicatorSystems;
import cn.jixiao.project.indicators.TargetsAdjustment;
import cn.jixiao.project.indicators.TargetsApproval;
import cn.jixiao.project.indicators.TargetsChange;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.StepRefusal;
import cn.jixiao.project.templates.ProjectTemplates;
import cn.jixiao.project.templates.TemplateParts;
import cn.jixiao.tenancy.TenantAccess;

/**
 * 目标调整 of approved targets: the street files a request (its reason and the whole proposed tree, checked like a
 * submission), the district approves it, and the proposed tree becomes the tree in force under a new revision,
 * published as {@code IndicatorsDefined} like any new definition so the self-evaluation scores against it; or the
 * district returns it with a comment and the targets in force stay. Each step is one versioned write of the tree's
 * document (the request, the tree, the events and the audit entry together), like {@link TargetsWorkflow}'s, and
 * refuses in the same order: the project visible (404), the step the caller's (403), the version current (409), the
 * step possible now (409), the reason or comment given (400), the proposed tree well formed (400), complete,
 * measurable and adding up to the project's template when it is known (422, every finding), and changing something
 * (422).
 */
@Service
class TargetsAdjustments {

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final ProjectTemplates templates;
    private final AuditTrail audit;
    private final Clock clock;

    TargetsAdjustments(ProjectAccess access, IndicatorSystems systems, ProjectTemplates templates, AuditTrail audit,
                       Clock clock) {
        this.access = access;
        this.systems = systems;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<TargetsView> request(TenantAccess actor, String projectId, RequestAdjustment request) {
        return access.readable(actor, projectId).flatMap(project -> templates.partsFor(project)
                .flatMap(template -> systems.of(actor, project)
                        .map(current -> requested(actor, project, current, request, template))
                        .flatMap(systems::save)
                        .map(saved -> TargetsView.of(saved, template))));
    }

    Mono<TargetsView> decide(AdjustmentStep step, TenantAccess actor, String projectId, TakeTargetsStep request) {
        return access.readable(actor, projectId).flatMap(project -> templates.partsFor(project)
                .flatMap(template -> systems.of(actor, project)
                        .map(current -> decided(step, actor, project, current, request))
                        .flatMap(systems::save)
                        .map(saved -> TargetsView.of(saved, template))));
    }

    private IndicatorSystem requested(TenantAccess actor, Project project, IndicatorSystem current,
                                      RequestAdjustment request, Optional<TemplateParts> template) {
        String reason = stripped(request.reason());
        allow(AdjustmentStep.REQUEST, actor, current, request.version(), reason);
        List<Indicator> proposed = IndicatorDefinition.checked(sameLinesKeepTheirIds(current.indicators(),
                request.indicators()));
        TargetsWorkflow.refuseIfFindings(TargetsCheck.findings(proposed, template),
                Bilingual.of("调整后的绩效目标尚有问题，不能申请", "Proposed targets not ready, cannot be requested"));
        List<TargetsChange> changes = TargetsChange.between(current.indicators(), proposed);
        if (changes.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "adjustment-without-change",
                    Bilingual.of("调整后的绩效目标与现行目标相同", "The proposed targets are those in force"),
                    Bilingual.of("调整申请未改变任何指标、年度指标值、分值或指标方向，无需申请",
                            "The request changes no indicator, target, weight or direction: nothing to adjust"));
        }
        Instant now = now();
        TargetsAdjustment filed = TargetsAdjustment.filed(current.revision(), reason, actor.username(), now,
                proposed, changes);
        TargetsApproval after = current.targets().withAdjustmentFiled(filed);
        return current.withTargets(after, List.of(
                TargetsEvents.of(AdjustmentStep.REQUEST, current, filed),
                audit.entry(actor, project.id(), project.districtId(), project.tenantId(), "targets",
                        "adjustment-request", null, Map.of("reason", reason, "revision", current.revision(),
                                "changes", changes), now)));
    }

    private IndicatorSystem decided(AdjustmentStep step, TenantAccess actor, Project project, IndicatorSystem current,
                                    TakeTargetsStep request) {
        String comment = stripped(request.comment());
        allow(step, actor, current, request.version(), comment);
        TargetsAdjustment open = current.targets().openAdjustment().orElseThrow();
        Instant now = now();
        if (step == AdjustmentStep.RETURN) {
            TargetsAdjustment returned = open.returned(actor.username(), now, comment);
            return current.withTargets(current.targets().withAdjustmentDecided(returned), List.of(
                    TargetsEvents.of(step, current, returned),
                    audit.entry(actor, project.id(), project.districtId(), project.tenantId(), "targets",
                            "adjustment-return", Map.of("reason", open.reason()),
                            Map.of("comment", comment, "revision", current.revision()), now)));
        }
        TargetsAdjustment approved = open.approved(actor.username(), now, comment, current.revision(),
                current.revision() + 1);
        IndicatorSystem adjusted = current.adjusted(open.proposed(),
                current.targets().withAdjustmentDecided(approved), now);
        Map<String, Object> decision = new HashMap<>();
        decision.put("comment", comment == null ? "" : comment);
        decision.put("revision", adjusted.revision());
        decision.put("changes", open.changes());
        return adjusted.withTargets(adjusted.targets(), List.of(
                TargetsEvents.of(step, adjusted, approved),
                audit.entry(actor, project.id(), project.districtId(), project.tenantId(), "targets",
                        "adjustment-approve", Map.of("reason", open.reason(), "revision", current.revision()),
                        decision, now)));
    }

    private static void allow(AdjustmentStep step, TenantAccess actor, IndicatorSystem current, Long version,
                              String text) {
        ReviewPolicy.Verdict<TargetsState> verdict = AdjustmentPolicy.decide(step, actor, current.targets().state(),
                current.targets().openAdjustment().isPresent(), text);
        StepRefusal refusal = TargetsWorkflow.refusal(step, Bilingual.of("当前不能" + step.label(),
                "Cannot " + step.english() + " the targets now"), current);
        (step == AdjustmentStep.REQUEST ? refusal.needing("reason-required", Bilingual.of("请填写调整原因",
                "Reason required")) : refusal)
                .unlessAllowed(verdict, version, current.version(), "targets of " + current.projectId());
    }

    /**
     * A line sent without an id is the line in force with the same 二级指标 and name, if exactly one is and no other
     * line sent claims its id: so an adjustment keyed in again from the form changes lines rather than replacing
     * them, and their actuals stay.
     */
    static List<IndicatorInput> sameLinesKeepTheirIds(List<Indicator> inForce, List<IndicatorInput> sent) {
        Set<String> claimed = new HashSet<>();
        sent.stream().map(IndicatorInput::id).filter(id -> id != null && !id.isBlank()).forEach(claimed::add);
        List<IndicatorInput> lines = new ArrayList<>();
        for (IndicatorInput line : sent) {
            if (line.id() != null && !line.id().isBlank()) {
                lines.add(line);
                continue;
            }
            List<Indicator> same = inForce.stream()
                    .filter(existing -> existing.dimension() == line.dimension()
                            && existing.name().strip().equals(line.name().strip()))
                    .toList();
            if (same.size() == 1 && claimed.add(same.get(0).id())) {
                lines.add(line.withId(same.get(0).id()));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private Instant now() {
        // to the millisecond, as the store keeps it: the answer to the step shows what every later read shows
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
