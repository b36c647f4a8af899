package cn.jixiao.project.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantDocuments;

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
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    public static final String COLLECTION = "evidence_registers";

    public EvidenceRegister {
        items = items == null ? List.of() : List.copyOf(items);
        outbox = HasOutbox.kept(outbox);
    }

    /** The register of a project that has no evidence yet. */
    static EvidenceRegister empty(Project project) {
        return new EvidenceRegister(project.id(), project.districtId(), project.tenantId(), List.of(), null, List.of());
    }

    /** All items, withdrawn ones included, in the order attached. */
    List<EvidenceItem> inOrder() {
        return items.stream().sorted(Comparator.comparingInt(EvidenceItem::position)).toList();
    }

    /**
     * The item's number in the report's list (1, 2, … over the items still listed), empty if withdrawn. Also
     * right for an item about to be added: it counts the listed items before it.
     */
    Optional<Integer> numberOf(EvidenceItem item) {
        if (!item.isListed()) {
            return Optional.empty();
        }
        return Optional.of(1 + (int) items.stream()
                .filter(other -> other.isListed() && other.position() < item.position()).count());
    }

    int nextPosition() {
        return items.stream().mapToInt(EvidenceItem::position).max().orElse(0) + 1;
    }

    Optional<EvidenceItem> item(String evidenceId) {
        return items.stream().filter(item -> item.evidenceId().equals(evidenceId)).findFirst();
    }

    /** A listed item holding exactly these bytes, if any; a withdrawn copy may be attached again. */
    Optional<EvidenceItem> listing(String sha256) {
        return items.stream().filter(item -> item.isListed() && item.sha256().equals(sha256)).findFirst();
    }

    /** The same register with one more item, to be saved on top of this version, with its events. */
    EvidenceRegister adding(EvidenceItem item, List<PendingEvent> events) {
        List<EvidenceItem> changed = new ArrayList<>(items);
        changed.add(item);
        return changed(changed, events);
    }

    /** The same register with one item replaced by its changed version (same evidence id), with its events. */
    EvidenceRegister replacing(EvidenceItem item, List<PendingEvent> events) {
        List<EvidenceItem> changed = items.stream()
                .map(existing -> existing.evidenceId().equals(item.evidenceId()) ? item : existing).toList();
        return changed(changed, events);
    }

    private EvidenceRegister changed(List<EvidenceItem> changedItems, List<PendingEvent> events) {
        return new EvidenceRegister(projectId, districtId, tenantId, changedItems, version,
                HasOutbox.plus(outbox, events));
    }
}
