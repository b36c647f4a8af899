package cn.jixiao.project.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's performance indicators (三级指标) and their actual values: one document per project, so that a
 * change and the events it produces are stored by one atomic write (its outbox, which the relay drains).
 * Weights are not checked against an evaluation template here: templates are evaluation-service's, which shows a
 * mismatch with the score and blocks submission until it is fixed.
 *
 * @param projectId  also the document id
 * @param districtId copied from the project, for tenant filtering
 * @param tenantId   the street, copied from the project
 * @param indicators in the form's order: by 一级 and 二级 指标, then as the street listed them
 * @param revision   increases with every change, definition or actual; published with each event
 * @param targets    the approval of the targets (绩效目标申报与审核): kept in this document so that "submitted or
 *                   approved targets do not change" is decided by the same versioned write as every change of the
 *                   tree; a document stored before it reads as a draft
 * @param version    optimistic lock: a save based on an older version is refused with 409
 */
@Document(IndicatorSystem.COLLECTION)
public record IndicatorSystem(
        @Id String projectId,
        String districtId,
        String tenantId,
        List<Indicator> indicators,
        long revision,
        TargetsApproval targets,
        @Version Long version,
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    public static final String COLLECTION = "indicator_systems";

    public IndicatorSystem {
        indicators = List.copyOf(indicators);
        targets = targets == null ? TargetsApproval.DRAFT : targets;
        outbox = HasOutbox.kept(outbox);
    }

    /** The next state, to be saved on top of {@code basedOnVersion} together with its events. */
    IndicatorSystem next(List<Indicator> newIndicators, Long basedOnVersion, List<PendingEvent> events) {
        return new IndicatorSystem(projectId, districtId, tenantId, newIndicators, revision + 1, targets,
                basedOnVersion, HasOutbox.plus(outbox, events));
    }

    /**
     * The same tree with its targets' approval moved on, to be saved on top of this version with its events. The
     * revision stays: the tree itself has not changed, and the steps name the revision they concern.
     */
    public IndicatorSystem withTargets(TargetsApproval approval, List<PendingEvent> events) {
        return new IndicatorSystem(projectId, districtId, tenantId, indicators, revision, approval, version,
                HasOutbox.plus(outbox, events));
    }

    /**
     * The tree in force replaced by an approved 目标调整's proposal, with the approval that records it: a new revision,
     * published as {@code IndicatorsDefined} like every new definition (so evaluation-service rescores against the
     * targets in force), each line keeping its actual while it still fits, and {@code ActualsReported} with it if
     * that changed the actuals. To be saved on top of this version; the caller adds the step's own events.
     */
    public IndicatorSystem adjusted(List<Indicator> proposed, TargetsApproval approval, Instant now) {
        List<Indicator> inForce = IndicatorDefinition.keepActuals(this, proposed);
        List<PendingEvent> events = new ArrayList<>();
        events.add(IndicatorEvents.defined(this, inForce, now));
        if (!IndicatorEvents.actualsOf(inForce).equals(IndicatorEvents.actualsOf(indicators))) {
            events.add(IndicatorEvents.actualsReported(this, inForce, now));
        }
        return new IndicatorSystem(projectId, districtId, tenantId, inForce, revision + 1, approval, version,
                HasOutbox.plus(outbox, events));
    }

    /** No indicators yet: the state a project's first definition starts from. */
    static IndicatorSystem none(String projectId, String districtId, String tenantId) {
        return new IndicatorSystem(projectId, districtId, tenantId, List.of(), 0, TargetsApproval.DRAFT, null, List.of());
    }

    public boolean isStored() {
        return version != null;
    }
}
