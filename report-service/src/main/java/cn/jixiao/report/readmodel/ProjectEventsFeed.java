package cn.jixiao.report.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.replay.ReplayedFeed;

/**
 * Copies what the report needs from project-service's events: the project's facts (registration, details,
 * budget, ledger totals or a summary 全年执行数, indicators, actuals, evidence, and the 绩效目标表's
 * submission, return, approval and adjustments; the monitoring rounds and each project's 绩效监控表 with its review), read into report-service's own records
 * ({@link ProjectEventMapping}) here at the edge. The service's one listener on the topic: listeners of one
 * service share a consumer group, so a second one would only get some partitions. A rebuild of the read model
 * ({@link RebuildableCopies}) pauses this listener and replays the topic through the same dispatcher.
 */
@Component
class ProjectEventsFeed {

    /** The listener's id, by which the rebuild pauses it; not its group, which stays the service's. */
    static final String LISTENER = "report-service-projects";

    private final EventDispatcher dispatcher;

    ProjectEventsFeed(Inbox inbox, ReadModel model) {
        this.dispatcher = EventDispatcher.forConsumer(RebuildableCopies.CONSUMER, inbox)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> {
                    var registered = event.payload();
                    return model.changeProject(registered.projectId(), registered.districtId(), registered.streetId(),
                            facts -> facts.with(ProjectEventMapping.registration(registered), event.occurredAt()));
                })
                .on(ProjectEvents.PROJECT_UPDATED, event -> {
                    var updated = event.payload();
                    return model.changeProject(updated.projectId(), updated.districtId(), updated.streetId(),
                            facts -> facts.with(ProjectEventMapping.details(updated)));
                })
                .on(ProjectEvents.BUDGET_CHANGED, event -> {
                    var budget = event.payload();
                    return model.changeProject(budget.projectId(), budget.districtId(), budget.streetId(),
                            facts -> facts.with(ProjectEventMapping.budget(budget)));
                })
                .on(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS, event -> {
                    var spending = event.payload();
                    return model.changeProject(spending.projectId(), spending.districtId(), spending.streetId(),
                            facts -> facts.with(ProjectEventMapping.ledger(spending), event.occurredAt()));
                })
                .on(ProjectEvents.EXECUTION_SUMMARY_REPORTED, event -> {
                    var summary = event.payload();
                    return model.changeProject(summary.projectId(), summary.districtId(), summary.streetId(),
                            facts -> facts.with(ProjectEventMapping.executionSummary(summary)));
                })
                .on(ProjectEvents.INDICATORS_DEFINED, event -> {
                    var defined = event.payload();
                    return model.changeProject(defined.projectId(), defined.districtId(), defined.streetId(),
                            facts -> facts.with(ProjectEventMapping.indicators(defined)));
                })
                .on(ProjectEvents.ACTUALS_REPORTED, event -> {
                    var reported = event.payload();
                    return model.changeProject(reported.projectId(), reported.districtId(), reported.streetId(),
                            facts -> facts.with(ProjectEventMapping.actuals(reported)));
                })
                .on(ProjectEvents.EVIDENCE_ATTACHED, event -> {
                    var attached = event.payload();
                    return model.changeProject(attached.projectId(), attached.districtId(), attached.streetId(),
                            facts -> facts.with(ProjectEventMapping.evidence(attached)));
                })
                .on(ProjectEvents.EVIDENCE_WITHDRAWN, event -> {
                    var withdrawn = event.payload();
                    return model.changeProject(withdrawn.projectId(), withdrawn.districtId(), withdrawn.streetId(),
                            facts -> facts.withWithdrawn(withdrawn.evidenceId()));
                })
                .on(ProjectEvents.TARGETS_SUBMITTED, event -> {
                    var submitted = event.payload();
                    return model.changeProject(submitted.projectId(), submitted.districtId(), submitted.streetId(),
                            facts -> facts.withTargets(targets -> targets.withSubmitted(
                                    ProjectEventMapping.submission(submitted, event.occurredAt()))));
                })
                .on(ProjectEvents.TARGETS_RETURNED, event -> {
                    var returned = event.payload();
                    return model.changeProject(returned.projectId(), returned.districtId(), returned.streetId(),
                            facts -> facts.withTargets(targets -> targets.withReturned(
                                    ProjectEventMapping.giveBack(returned, event.occurredAt()))));
                })
                .on(ProjectEvents.TARGETS_APPROVED, event -> {
                    var approved = event.payload();
                    return model.changeProject(approved.projectId(), approved.districtId(), approved.streetId(),
                            facts -> facts.withTargets(targets -> targets.withApproved(
                                    ProjectEventMapping.approval(approved, event.occurredAt()))));
                })
                .on(ProjectEvents.TARGETS_ADJUSTED, event -> {
                    var adjusted = event.payload();
                    return model.changeProject(adjusted.projectId(), adjusted.districtId(), adjusted.streetId(),
                            facts -> facts.withTargets(targets -> targets.withAdjusted(
                                    ProjectEventMapping.adjustment(adjusted, event.occurredAt()))));
                })
                .on(ProjectEvents.MONITORING_ROUND_OPENED,
                        event -> model.recordRound(ProjectEventMapping.round(event.payload())))
                .on(ProjectEvents.MONITORING_REPORTED, event -> {
                    var reported = event.payload();
                    return model.changeMonitoring(reported.projectId(), reported.roundId(), reported.districtId(),
                            reported.streetId(), form -> form.with(
                                    ProjectEventMapping.monitoring(reported, event.occurredAt())));
                })
                .on(ProjectEvents.MONITORING_REVIEWED, event -> {
                    var reviewed = event.payload();
                    return model.changeMonitoring(reviewed.projectId(), reviewed.roundId(), reviewed.districtId(),
                            reviewed.streetId(), form -> form.with(
                                    ProjectEventMapping.review(reviewed, event.occurredAt())));
                })
                .build();
    }

    @KafkaListener(id = LISTENER, idIsGroup = false, topics = Topics.PROJECT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }

    ReplayedFeed replayed() {
        return new ReplayedFeed(Topics.PROJECT_EVENTS, LISTENER, dispatcher::dispatch);
    }
}
