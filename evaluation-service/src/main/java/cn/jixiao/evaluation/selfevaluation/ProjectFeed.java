package cn.jixiao.evaluation.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.evaluation.template.DistrictTemplates;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;

/**
 * Keeps this service's picture of the projects current from project-service's events: opens the draft when a
 * project is registered, recording the district's template choice for the project's budget year (the year's own
 * choice, else the district's default; see {@link #registered} for a draft opened before its registration), and on
 * every change of its budget, ledger totals, summary 全年执行数, indicators or actuals stores the new inputs together
 * with the score recomputed from them and the EvaluationScored event, in one write.
 *
 * <p><b>Not a read model, so never dropped and rebuilt from the topic</b> (as report-service's is): what this feed
 * applies lands in the {@link SelfEvaluation} the service owns, beside the street's self-assessment, the district's
 * review and the workflow, and every application rescores and announces. Replaying the topic into existing
 * evaluations would announce again and could move scores frozen with the district; dropping them would lose owned
 * data. docs/operations.md, "evaluation-service has no read model to rebuild".
 */
@Component
class ProjectFeed {

    private final EventDispatcher dispatcher;
    private final SelfEvaluations evaluations;
    private final EvaluationScoring scoring;
    private final DistrictTemplates templates;
    private final Clock clock;

    ProjectFeed(Inbox inbox, SelfEvaluations evaluations, EvaluationScoring scoring, DistrictTemplates templates,
                Clock clock) {
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.templates = templates;
        this.clock = clock;
        this.dispatcher = EventDispatcher.forConsumer("evaluation-service", inbox)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> registered(
                        ProjectEventMapping.registered(event.payload()), event.occurredAt()))
                .on(ProjectEvents.BUDGET_CHANGED, event -> {
                    var budget = event.payload();
                    return rescore(budget.projectId(), budget.districtId(), budget.streetId(), event.occurredAt(),
                            inputs -> ProjectEventMapping.apply(inputs, budget));
                })
                .on(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS, event -> {
                    var spending = event.payload();
                    return rescore(spending.projectId(), spending.districtId(), spending.streetId(), event.occurredAt(),
                            inputs -> ProjectEventMapping.apply(inputs, spending, event.occurredAt()));
                })
                .on(ProjectEvents.EXECUTION_SUMMARY_REPORTED, event -> {
                    var summary = event.payload();
                    return rescore(summary.projectId(), summary.districtId(), summary.streetId(), event.occurredAt(),
                            inputs -> ProjectEventMapping.apply(inputs, summary));
                })
                .on(ProjectEvents.INDICATORS_DEFINED, event -> {
                    var defined = event.payload();
                    return rescore(defined.projectId(), defined.districtId(), defined.streetId(), event.occurredAt(),
                            inputs -> ProjectEventMapping.apply(inputs, defined));
                })
                .on(ProjectEvents.ACTUALS_REPORTED, event -> {
                    var reported = event.payload();
                    return rescore(reported.projectId(), reported.districtId(), reported.streetId(), event.occurredAt(),
                            inputs -> ProjectEventMapping.apply(inputs, reported));
                })
                .build();
    }

    /**
     * Opens the project's first draft under the district's choice for the project's year. A draft a scoring event
     * opened before the registration has year 0 and was scored under the district's default, the only choice it
     * could know; unless the district's overseer chose a template for the project meanwhile, it follows the year's
     * choice once the registration tells the year, rescored and announced in the same write. Only the registration
     * that fills the year in does this: a redelivered one finds the year set, so a year's choice made later never
     * moves a draft already open (ADR 0008).
     */
    private Mono<Void> registered(RegisteredProject project, Instant at) {
        return evaluations.firstRound(project.projectId())
                .map(existing -> existing.year() == 0 && existing.status() == EvaluationStatus.DRAFT
                        && !existing.templateChosenForTheProject())
                .defaultIfEmpty(false)
                .flatMap(yearUnknownUntilNow -> templates.chosenFor(project.districtId(), project.year())
                        .flatMap(yearsChoice -> evaluations
                                .openDraft(UUID.randomUUID().toString(), project, yearsChoice, at)
                                .flatMap(opened -> !yearUnknownUntilNow ? Mono.just(opened)
                                        : yearsChoice.equals(opened.template()) ? announceTheRegistration(opened)
                                        : followTheYearsChoice(opened, yearsChoice))))
                .then();
    }

    /**
     * A draft scored before its registration was announced without the project's code, name and year; now that the
     * registration filled them in, it is announced again, so that what keys on them hears of the project (the report's
     * copy, the demo's self-grading by project code). project-service relays each aggregate's outbox on its own, so a
     * project's budget or indicators may well reach this service before its registration.
     */
    private Mono<SelfEvaluation> announceTheRegistration(SelfEvaluation draft) {
        return draft.scoredAt() == null ? Mono.just(draft)
                : evaluations.save(draft.announcing(EvaluationEvents.EVALUATION_SCORED, null, null, clock.instant()));
    }

    private Mono<SelfEvaluation> followTheYearsChoice(SelfEvaluation draft, TemplateRef yearsChoice) {
        SelfEvaluation moved = draft.withTemplate(yearsChoice);
        Mono<SelfEvaluation> ready = draft.scoredAt() == null
                ? Mono.just(moved)
                : scoring.rescore(moved, draft.inputs(), draft.assessment())
                        .map(rescored -> rescored.announcing(EvaluationEvents.EVALUATION_SCORED, null, null, clock.instant()));
        return ready.flatMap(evaluations::save);
    }

    @KafkaListener(topics = Topics.PROJECT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }

    /**
     * Applies a change to the inputs of the project's latest round. While the street works on it, the score is
     * recomputed and announced in the same write; once submitted the score stays frozen for the reviewer, and
     * the newer data waits in the evaluation until it is returned or reopened.
     */
    private Mono<Void> rescore(String projectId, String districtId, String streetId, Instant at,
                               UnaryOperator<ScoringInputs> change) {
        return evaluations.latestOf(projectId, districtId, streetId, at)
                .flatMap(evaluation -> {
                    ScoringInputs latest = evaluation.latestInputs();
                    ScoringInputs inputs = change.apply(latest);
                    if (inputs.equals(latest)) {
                        return Mono.empty();
                    }
                    if (!evaluation.status().withTheStreet()) {
                        return evaluations.save(evaluation.withPendingInputs(inputs));
                    }
                    return scoring.rescore(evaluation, inputs, evaluation.assessment())
                            .map(rescored -> rescored.announcing(EvaluationEvents.EVALUATION_SCORED, null, null, clock.instant()))
                            .flatMap(evaluations::save);
                })
                .then();
    }
}
