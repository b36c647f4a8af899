package cn.jixiao.evaluation.demo;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.evaluation.selfevaluation.AssessSelf;
import cn.jixiao.evaluation.selfevaluation.EvaluationWorkflow;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Enters the demo streets' self-grades ({@link DemoSelfAssessments}) through the normal write path, as the
 * street's editor would, once the draft has the indicators to grade.
 *
 * <p>It reacts to this service's own EvaluationScored events: one is published exactly when the project feed has
 * stored new indicators or actuals with the recomputed score, so the draft is known to hold the indicators, in
 * whatever order the services start (the topic is read from the beginning). Each event is checked against the
 * evaluation as stored now, and nothing is written when the grades are already there, so redeliveries and
 * restarts change nothing, and the self-assessment's own EvaluationScored ends the chain. A write racing the
 * project feed fails its version check; the listener's retry then reads the new version.
 */
@Component
@Profile("demo")
class DemoSelfGrading {

    private static final Logger log = LoggerFactory.getLogger(DemoSelfGrading.class);
    static final String CONSUMER = "evaluation-service-demo-grades";

    private final EventDispatcher dispatcher;
    private final SelfEvaluations evaluations;
    private final EvaluationWorkflow workflow;

    DemoSelfGrading(Inbox inbox, SelfEvaluations evaluations, EvaluationWorkflow workflow) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.dispatcher = EventDispatcher.forConsumer(CONSUMER, inbox)
                .on(EvaluationEvents.EVALUATION_SCORED, event -> grade(event.payload()))
                .build();
    }

    @KafkaListener(topics = Topics.EVALUATION_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }

    private Mono<Void> grade(EvaluationSnapshot snapshot) {
        return Mono.justOrEmpty(DemoSelfAssessments.forProject(snapshot.projectCode()))
                .flatMap(wanted -> {
                    TenantAccess editor = new TenantAccess("demo-" + snapshot.streetId() + "-editor",
                            snapshot.streetId() + "-editor", snapshot.districtId(), snapshot.streetId(),
                            Set.of(Role.STREET_EDITOR));
                    return evaluations.findVisible(editor, snapshot.evaluationId())
                            .filter(evaluation -> evaluation.status().withTheStreet())
                            .flatMap(evaluation -> Mono.justOrEmpty(DemoSelfAssessments.merged(wanted,
                                            DemoSelfAssessments.indicatorIds(evaluation), evaluation.assessment()))
                                    .flatMap(assessment -> workflow.assess(editor, evaluation.id(), new AssessSelf(
                                            evaluation.version(), assessment.indicators(), assessment.executionExplanation()))))
                            .doOnNext(graded -> log.info("Demo: {} self-graded by {} (round {})",
                                    snapshot.projectCode(), editor.username(), graded.round()));
                })
                .then();
    }
}
