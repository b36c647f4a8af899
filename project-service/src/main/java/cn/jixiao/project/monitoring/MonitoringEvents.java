package cn.jixiao.project.monitoring;

import java.time.Instant;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.MonitoringReported;
import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.contracts.project.MonitoringRoundOpened;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;

/** The events of 绩效运行监控, each published from the outbox of the document its step writes. */
final class MonitoringEvents {

    private MonitoringEvents() {
    }

    /** From the district's rounds document, keyed by the round. */
    static PendingEvent opened(String districtId, MonitoringRound round) {
        return PendingEvent.of(Topics.PROJECT_EVENTS, round.id(), EventEnvelope.of(ProjectEvents.MONITORING_ROUND_OPENED,
                districtId, round.openedAt(), new MonitoringRoundOpened(round.id(), districtId, round.year(),
                        round.name(), round.asOf(), round.dueDate(), round.marginPoints(), round.openedBy())));
    }

    /** From the form's document, keyed by the project so that a project's events stay in order. */
    static PendingEvent reported(MonitoringReport report, MonitoringRound round, MonitoringLines lines, String actor,
                                 Instant at) {
        MonitoringLines.SpendingLine spending = lines.spending();
        return PendingEvent.of(Topics.PROJECT_EVENTS, report.projectId(), EventEnvelope.of(
                ProjectEvents.MONITORING_REPORTED, report.tenantId(), at, new MonitoringReported(round.id(),
                        report.projectId(), report.districtId(), report.tenantId(), round.asOf(), actor,
                        new MonitoringReported.Spending(spending.executed(), spending.fullYearBudget(),
                                spending.executionRate(), spending.plannedPercent(), spending.plan(),
                                spending.marginPoints(), spending.light(), spending.cause(), spending.measure()),
                        lines.indicators().stream().map(line -> new MonitoringReported.IndicatorLine(
                                line.indicatorId(), line.name(), line.target(), line.progress(), line.expected(),
                                line.light(), line.cause(), line.measure())).toList())));
    }

    static PendingEvent reviewed(MonitoringReport report, MonitoringStep step, String actor, Instant at,
                                 String comment) {
        String outcome = step == MonitoringStep.APPROVE ? "APPROVED" : "RETURNED";
        return PendingEvent.of(Topics.PROJECT_EVENTS, report.projectId(), EventEnvelope.of(
                ProjectEvents.MONITORING_REVIEWED, report.tenantId(), at, new MonitoringReviewed(report.roundId(),
                        report.projectId(), report.districtId(), report.tenantId(), outcome, actor, comment)));
    }
}
