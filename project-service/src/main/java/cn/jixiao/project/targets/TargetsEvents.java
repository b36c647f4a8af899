package cn.jixiao.project.targets;

import java.time.Instant;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsAdjustmentRequested;
import cn.jixiao.contracts.project.TargetsAdjustmentReturned;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.TargetsAdjustment;
import cn.jixiao.project.indicators.TargetsApproval;

/** The event of each step, published from the tree's own outbox with the step's write. */
final class TargetsEvents {

    private TargetsEvents() {
    }

    static PendingEvent of(TargetsStep step, IndicatorSystem system, TargetsApproval.Step taken) {
        String project = system.projectId();
        Instant at = taken.at();
        EventEnvelope<?> envelope = switch (step) {
            case SUBMIT -> EventEnvelope.of(ProjectEvents.TARGETS_SUBMITTED, system.tenantId(), at,
                    new TargetsSubmitted(project, system.districtId(), system.tenantId(), taken.revision(),
                            taken.actor(), taken.comment()));
            case RETURN -> EventEnvelope.of(ProjectEvents.TARGETS_RETURNED, system.tenantId(), at,
                    new TargetsReturned(project, system.districtId(), system.tenantId(), taken.revision(),
                            taken.actor(), taken.comment()));
            case APPROVE -> EventEnvelope.of(ProjectEvents.TARGETS_APPROVED, system.tenantId(), at,
                    new TargetsApproved(project, system.districtId(), system.tenantId(), taken.revision(),
                            taken.actor(), taken.comment(), system.indicators().stream().map(Indicator::published).toList()));
        };
        return PendingEvent.of(Topics.PROJECT_EVENTS, project, envelope);
    }

    /**
     * The event of a 目标调整 step: the request with its proposed tree, its return, or its approval with the tree now
     * in force ({@code system} is the tree after the step).
     */
    static PendingEvent of(AdjustmentStep step, IndicatorSystem system, TargetsAdjustment adjustment) {
        String project = system.projectId();
        EventEnvelope<?> envelope = switch (step) {
            case REQUEST -> EventEnvelope.of(ProjectEvents.TARGETS_ADJUSTMENT_REQUESTED, system.tenantId(),
                    adjustment.requestedAt(), new TargetsAdjustmentRequested(project, system.districtId(),
                            system.tenantId(), adjustment.revision(), adjustment.reason(), adjustment.requestedBy(),
                            adjustment.proposed().stream().map(Indicator::published).toList()));
            case RETURN -> EventEnvelope.of(ProjectEvents.TARGETS_ADJUSTMENT_RETURNED, system.tenantId(),
                    adjustment.decidedAt(), new TargetsAdjustmentReturned(project, system.districtId(),
                            system.tenantId(), system.revision(), adjustment.reason(), adjustment.requestedBy(),
                            adjustment.decidedBy(), adjustment.comment()));
            case APPROVE -> EventEnvelope.of(ProjectEvents.TARGETS_ADJUSTED, system.tenantId(),
                    adjustment.decidedAt(), new TargetsAdjusted(project, system.districtId(), system.tenantId(),
                            adjustment.revisionBefore(), adjustment.revisionAfter(), adjustment.reason(),
                            adjustment.requestedBy(), adjustment.decidedBy(), adjustment.comment(),
                            system.indicators().stream().map(Indicator::published).toList()));
        };
        return PendingEvent.of(Topics.PROJECT_EVENTS, project, envelope);
    }
}
