package cn.jixiao.project.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;

/**
 * The list of a project's 佐证材料, one document per project. The files themselves live in GridFS; an item
 * in this list is what makes a stored file part of the project, so lists and downloads only ever go
 * through here. Adding an item, its event and its audit entry is one single-document write.
 *
 * @param projectId the project, also the document's id
 * @param version   optimistic lock: two uploads at the same moment cannot both take the same position
 */
@Document(EvidenceRegister.COLLECTION)
public record EvidenceRegister(
        @Id String projectId,
        String districtId,
        String tenantId,
        List<EvidenceItem> items,
        @Version Long version,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "evidence_registers";

    public EvidenceRegister {
        items = items == null ? List.of() : List.copyOf(items);
        outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** The register of a project that has no evidence yet. */
    static EvidenceRegister empty(Project project) {
        return new EvidenceRegister(project.id(), project.districtId(), project.tenantId(), List.of(), null, List.of());
    }

    /** The items in the order the report lists them. */
    List<EvidenceItem> inOrder() {
        return items.stream().sorted(Comparator.comparingInt(EvidenceItem::position)).toList();
    }

    int nextPosition() {
        return items.stream().mapToInt(EvidenceItem::position).max().orElse(0) + 1;
    }

    Optional<EvidenceItem> item(String evidenceId) {
        return items.stream().filter(item -> item.evidenceId().equals(evidenceId)).findFirst();
    }

    /** An item already holding exactly these bytes, if any. */
    Optional<EvidenceItem> holding(String sha256) {
        return items.stream().filter(item -> item.sha256().equals(sha256)).findFirst();
    }

    /** The same register with one more item, to be saved on top of this version, with its events. */
    EvidenceRegister with(EvidenceItem item, List<PendingEvent> events) {
        List<EvidenceItem> more = new ArrayList<>(items);
        more.add(item);
        List<PendingEvent> pending = new ArrayList<>(outbox);
        pending.addAll(events);
        return new EvidenceRegister(projectId, districtId, tenantId, more, version, pending);
    }
}
