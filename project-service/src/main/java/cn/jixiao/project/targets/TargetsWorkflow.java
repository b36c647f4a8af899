package cn.jixiao.project.targets;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.IndicatorSystems;
import cn.jixiao.project.indicators.TargetsApproval;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.StepRefusal;
import cn.jixiao.project.templates.ProjectTemplates;
import cn.jixiao.project.templates.TemplateParts;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Reads and moves the approval of a project's targets. Each step is one write of the indicator tree's document (the
 * state, the step in its history, the event and the audit entry together), on top of the version the person read:
 * a tree changed or a step taken meanwhile answers 409, and a change of the tree racing a submission loses one way
 * or the other, never both. The order of the refusals: the project must be visible (404), the step the caller's
 * (403), the version current (409), the step possible now (409), a return commented (400), and a submission must
 * pass the checks (422, every finding listed), the weights' sums against the project's template when it is known.
 */
@Service
class TargetsWorkflow {

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final ProjectTemplates templates;
    private final AuditTrail audit;
    private final Clock clock;

    TargetsWorkflow(ProjectAccess access, IndicatorSystems systems, ProjectTemplates templates, AuditTrail audit,
                    Clock clock) {
        this.access = access;
        this.systems = systems;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<TargetsView> read(TenantAccess caller, String projectId) {
        return access.readable(caller, projectId).flatMap(project -> templates.partsFor(project)
                .flatMap(template -> systems.of(caller, project).map(system -> TargetsView.of(system, template))));
    }

    Mono<TargetsView> take(TargetsStep step, TenantAccess actor, String projectId, TakeTargetsStep request) {
        return access.readable(actor, projectId).flatMap(project -> templates.partsFor(project)
                .flatMap(template -> systems.of(actor, project)
                        .map(current -> next(step, actor, project, current, request, template))
                        .flatMap(systems::save)
                        .map(saved -> TargetsView.of(saved, template))));
    }

    private IndicatorSystem next(TargetsStep step, TenantAccess actor, Project project, IndicatorSystem current,
                                 TakeTargetsStep request, Optional<TemplateParts> template) {
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        ReviewPolicy.Verdict<TargetsState> verdict = ReviewPolicy.decide(step, actor, current.targets().state(),
                comment, TargetsStep.SUBJECT);
        refusal(step, Bilingual.of("当前状态下不能" + step.label(), "Cannot " + step.english() + " the targets now"),
                current).unlessAllowed(verdict, request.version(), current.version(), "targets of " + current.projectId());
        if (step == TargetsStep.SUBMIT) {
            refuseIfFindings(TargetsCheck.findings(current.indicators(), template),
                    Bilingual.of("绩效目标尚有问题，不能提交", "Targets not ready, cannot be submitted"));
        }
        // to the millisecond, as the store keeps it: the answer to the step shows what every later read shows
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TargetsApproval.Step taken = new TargetsApproval.Step(current.targets().state(), verdict.next(),
                actor.username(), now, comment, current.revision());
        TargetsApproval after = current.targets().after(taken);
        List<PendingEvent> events = new ArrayList<>(List.of(
                TargetsEvents.of(step, current, taken),
                audit.entry(actor, project.id(), project.districtId(), project.tenantId(), "targets",
                        step.name().toLowerCase(), Map.of("state", current.targets().state()),
                        Map.of("state", after.state(), "comment", comment == null ? "" : comment,
                                "revision", current.revision()), now)));
        if (step == TargetsStep.RETURN) {
            // the district's comment is a 整改 finding, opened by rectification from this outbox entry
            events.add(TargetsReturnFinding.of(project, current.revision(), comment, actor.username(), now));
        }
        return current.withTargets(after, events);
    }

    /** How a step on the targets is refused, the approval's and a 目标调整's alike: the 409 says where they stand. */
    static StepRefusal refusal(Object step, Bilingual notNow, IndicatorSystem current) {
        TargetsApproval targets = current.targets();
        return StepRefusal.of(step, "targets", notNow, Map.of("targetsState", targets.state(),
                "targetsStateLabel", targets.state().label(), "adjustmentOpen", targets.openAdjustment().isPresent()));
    }

    /** 422 with every finding: a submission, and a 目标调整's proposed tree, pass the same checks. */
    static void refuseIfFindings(List<TargetsFinding> findings, Bilingual title) {
        if (findings.isEmpty()) {
            return;
        }
        throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "targets-incomplete", title,
                Bilingual.of("有 " + findings.size() + " 处须修改后才能提交：" + String.join("；",
                                findings.stream().map(TargetsFinding::message).toList()),
                        findings.size() + " finding(s) to fix before submitting: " + String.join("; ",
                                findings.stream().map(TargetsFinding::messageEn).toList())))
                .with("findings", findings);
    }
}
