package cn.jixiao.project.targets;

import java.time.Instant;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.FindingEntry;
import cn.jixiao.project.project.Project;

/**
 * The district's return of a project's targets as a 整改 finding: written into the tree's outbox with the return
 * itself (one atomic write), and handed by the outbox relay, inside this service, to the recipient named
 * {@link FindingEntry#RECIPIENT} (project-service's rectification, which opens the item). Targets need know nothing of
 * 整改, and 整改 reads this record, so the two packages do not depend on each other both ways.
 *
 * @param comment the district's return comment, the finding
 */
public record TargetsReturnFinding(String projectId, String districtId, String streetId, String projectCode, int year,
                                   long revision, String comment, String returnedBy) implements FindingEntry {

    public static final EventType<TargetsReturnFinding> TYPE =
            new EventType<>("TargetsReturnFinding", 1, TargetsReturnFinding.class);

    static PendingEvent of(Project project, long revision, String comment, String actor, Instant at) {
        return PendingEvent.toRecipient(FindingEntry.RECIPIENT, project.id(), EventEnvelope.of(TYPE,
                project.tenantId(), at, new TargetsReturnFinding(project.id(), project.districtId(),
                        project.tenantId(), project.code(), project.year(), revision, comment, actor)));
    }
}
