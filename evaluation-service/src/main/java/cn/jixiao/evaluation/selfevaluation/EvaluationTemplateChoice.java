package cn.jixiao.evaluation.selfevaluation;

import java.time.Clock;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.evaluation.template.DistrictTemplates;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The template version one project is scored under, chosen by the district (ADR 0008). A draft records the
 * district's choice when it is opened; the district's overseer may set another of the district's choosable
 * versions while the evaluation is a draft. The choice is recorded on the evaluation (the next round carries it
 * over), rescored at once in the same write, and the history entry names the versions before and after; every
 * consumer reads it from the evaluation's events.
 */
@Service
class EvaluationTemplateChoice {

    private final EvaluationAccess access;
    private final SelfEvaluations evaluations;
    private final EvaluationScoring scoring;
    private final DistrictTemplates templates;
    private final Clock clock;

    EvaluationTemplateChoice(EvaluationAccess access, SelfEvaluations evaluations, EvaluationScoring scoring,
                             DistrictTemplates templates, Clock clock) {
        this.access = access;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Checked in the workflow's order: visible (else 404), the district's overseer (403), a draft (409), the
     * version read (409), then a template of the district's own or the platform's (another district's is 404)
     * that it has not archived (409).
     */
    Mono<SelfEvaluation> choose(TenantAccess actor, String id, ChooseEvaluationTemplate request) {
        Instant now = clock.instant();
        return access.forStep(actor, id, WorkflowStep.CHOOSE_TEMPLATE, request.version())
                .flatMap(evaluation -> templates.choosable(evaluation.districtId(), request.templateId(),
                                request.templateVersion())
                        .flatMap(chosen -> scoring.templateFor(evaluation).flatMap(before -> scoring
                                .rescore(evaluation.withTemplate(chosen.ref()), evaluation.inputs(), evaluation.assessment())
                                .map(rescored -> rescored.after(WorkflowStep.CHOOSE_TEMPLATE, actor.username(),
                                        change(before, chosen, request.reason()), now)))))
                .flatMap(evaluations::save);
    }

    /** What the history entry says: from which version to which, and why when a reason is given. */
    private static String change(EvaluationTemplate before, EvaluationTemplate after, String reason) {
        String text = "计分模板由「" + before.name() + "」（" + describe(before.ref()) + "）改为「" + after.name() + "」（"
                + describe(after.ref()) + "）";
        return reason == null || reason.isBlank() ? text : text + "：" + reason.strip();
    }

    private static String describe(TemplateRef ref) {
        return ref.id() + " 第 " + ref.version() + " 版";
    }
}
