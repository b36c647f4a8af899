package cn.jixiao.project.rectification;

import java.time.Instant;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.RectificationAnswered;
import cn.jixiao.contracts.project.RectificationConfirmed;
import cn.jixiao.contracts.project.RectificationOpened;
import cn.jixiao.contracts.project.RectificationSentBack;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * The events of 整改, each published from the outbox of the district-year document its step writes, keyed by the
 * project so that a project's events stay in order, as the street's.
 */
final class RectificationEvents {

    private RectificationEvents() {
    }

    /** @param openedBy the overseer's login name, {@code null} when opened from a finding */
    static PendingEvent opened(Rectification item, String openedBy) {
        Finding finding = item.finding();
        return PendingEvent.of(Topics.PROJECT_EVENTS, item.projectId(), EventEnvelope.of(
                ProjectEvents.RECTIFICATION_OPENED, item.streetId(), item.openedAt(), new RectificationOpened(item.id(),
                        item.projectId(), item.districtId(), item.streetId(), item.projectCode(), item.year(),
                        finding.source().name(), finding.source() == RectificationSource.MANUAL ? null
                        : finding.reference(), finding.text(), item.deadline(), item.deadlineDays(), openedBy)));
    }

    static PendingEvent answered(Rectification item, String actor, Instant at) {
        return PendingEvent.of(Topics.PROJECT_EVENTS, item.projectId(), EventEnvelope.of(
                ProjectEvents.RECTIFICATION_ANSWERED, item.streetId(), at, new RectificationAnswered(item.id(),
                        item.projectId(), item.districtId(), item.streetId(), item.measures(), item.evidenceIds(),
                        actor)));
    }

    static PendingEvent decided(RectificationStep step, Rectification item, String actor, Instant at) {
        return step == RectificationStep.CONFIRM
                ? PendingEvent.of(Topics.PROJECT_EVENTS, item.projectId(), EventEnvelope.of(
                ProjectEvents.RECTIFICATION_CONFIRMED, item.streetId(), at, new RectificationConfirmed(item.id(),
                        item.projectId(), item.districtId(), item.streetId(), actor, item.comment())))
                : PendingEvent.of(Topics.PROJECT_EVENTS, item.projectId(), EventEnvelope.of(
                ProjectEvents.RECTIFICATION_SENT_BACK, item.streetId(), at, new RectificationSentBack(item.id(),
                        item.projectId(), item.districtId(), item.streetId(), actor, item.comment())));
    }
}
