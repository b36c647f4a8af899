package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.evaluation.template.DistrictTemplates;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.ProcessedEvents;

/**
 * Keeps this service's picture of the projects current from project-service's events: opens the draft when a
 * project is registered, and on every change of its budget, ledger totals, indicators or actuals stores the new
 * inputs together with the score recomputed from them, in one write.
 */
@Component
class ProjectFeed {

    private final EventDispatcher dispatcher;
    private final SelfEvaluations evaluations;
    private final DistrictTemplates templates;

    ProjectFeed(ProcessedEvents processed, SelfEvaluations evaluations, DistrictTemplates templates) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.dispatcher = EventDispatcher.forConsumer("evaluation-service", processed)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> templates.chosenFor(event.payload().districtId())
                        .flatMap(template -> evaluations.openDraft(UUID.randomUUID().toString(), event.payload(),
                                template, event.occurredAt()))
                        .then())
                .on(ProjectEvents.BUDGET_CHANGED, event -> {
                    var budget = event.payload();
                    return rescore(budget.projectId(), budget.districtId(), budget.streetId(), event.occurredAt(),
                            inputs -> inputs.isNewer(budget) ? inputs.with(budget) : inputs);
                })
                .on(ProjectEvents.EXPENDITURE_RECORDED, event -> {
                    var spending = event.payload();
                    return rescore(spending.projectId(), spending.districtId(), spending.streetId(), event.occurredAt(),
                            inputs -> inputs.isNewer(event.occurredAt()) ? inputs.with(spending, event.occurredAt()) : inputs);
                })
                .on(ProjectEvents.INDICATORS_DEFINED, event -> {
                    var defined = event.payload();
                    return rescore(defined.projectId(), defined.districtId(), defined.streetId(), event.occurredAt(),
                            inputs -> inputs.isNewer(defined) ? inputs.with(defined) : inputs,
                            new TemplateRef(defined.templateId(), defined.templateVersion()));
                })
                .on(ProjectEvents.ACTUALS_REPORTED, event -> {
                    var reported = event.payload();
                    return rescore(reported.projectId(), reported.districtId(), reported.streetId(), event.occurredAt(),
                            inputs -> inputs.isNewer(reported) ? inputs.with(reported) : inputs);
                })
                .build();
    }

    @KafkaListener(topics = Topics.PROJECT_EVENTS)
    void on(String record) {
        dispatcher.dispatch(record);
    }

    /**
     * Applies a change to the draft's inputs and, if they changed, stores them with the score recomputed with
     * the template version the draft recorded (see {@link DistrictTemplates}).
     */
    private Mono<Void> rescore(String projectId, String districtId, String streetId, Instant at,
                               UnaryOperator<ScoringInputs> change) {
        return rescore(projectId, districtId, streetId, at, change, null);
    }

    /** As above; indicators just defined are scored with the template their weights were checked against. */
    private Mono<Void> rescore(String projectId, String districtId, String streetId, Instant at,
                               UnaryOperator<ScoringInputs> change, TemplateRef indicatorsCheckedAgainst) {
        return evaluations.draftOf(projectId, districtId, streetId, at)
                .flatMap(draft -> {
                    ScoringInputs inputs = change.apply(draft.inputs());
                    if (inputs.equals(draft.inputs())) {
                        return Mono.empty();
                    }
                    Mono<EvaluationTemplate> scoring = indicatorsCheckedAgainst == null
                            ? templates.scoring(draft.districtId(), draft.template())
                            : templates.scoring(draft.districtId(), draft.template(), indicatorsCheckedAgainst);
                    return scoring.flatMap(template -> evaluations
                            .save(draft.rescored(inputs, template.ref(), draft.score(template, inputs))));
                })
                .then();
    }
}
