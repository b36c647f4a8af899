package cn.jixiao.project.targets;

import java.time.Instant;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorSystem;
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
}
