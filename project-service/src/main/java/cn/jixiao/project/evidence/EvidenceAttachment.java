package cn.jixiao.project.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.evidence.EvidenceRegisters.Changed;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Attaches a file to a project's evidence list, in two writes because MongoDB gives no transaction across
 * documents here:
 * <ol>
 *     <li>the bytes go into GridFS (several documents: the file and its chunks);</li>
 *     <li>then ONE write of the project's {@link EvidenceRegister} adds the item together with its
 *     {@code EvidenceAttached} event and audit entry.</li>
 * </ol>
 * The register is the only way to a file: lists and downloads go through it. A file whose register write
 * failed is deleted at once. Only a crash between the two writes can leave a file behind; it stays invisible
 * and its metadata names project, street and evidence id, so it can be found and removed.
 */
@Service
public class EvidenceAttachment {

    private final ProjectAccess projects;
    private final EvidenceRegisters registers;
    private final EvidenceFiles files;
    private final UploadStaging staging;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceAttachment(ProjectAccess projects, EvidenceRegisters registers, EvidenceFiles files, UploadStaging staging,
                       AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.registers = registers;
        this.files = files;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    /** Only the street's editors attach; the form's validation errors surface after that check. */
    public Mono<EvidenceView> attach(TenantAccess editor, String projectId, Mono<AttachEvidence> form) {
        return projects.editable(editor, projectId).flatMap(project -> form.flatMap(request -> {
            EvidenceType type = EvidenceType.named(request.type())
                    .orElseThrow(() -> EvidenceProblems.unknownType(request.type()));
            return staging.staged(request.file(), upload -> attach(editor, project, type, request.title(), upload));
        }));
    }

    private Mono<EvidenceView> attach(TenantAccess editor, Project project, EvidenceType type, String title,
                                      StagedUpload upload) {
        String evidenceId = UUID.randomUUID().toString();
        return registers.of(editor, project)
                .doOnNext(register -> refuseSecondCopy(register, upload))
                .flatMap(register -> files.store(register, evidenceId, upload))
                .flatMap(fileId -> registers.change(editor, project,
                                register -> adding(editor, project, register, evidenceId, type, title, upload, fileId))
                        .onErrorResume(failure -> files.delete(fileId).then(Mono.error(failure))));
    }

    private Changed<EvidenceView> adding(TenantAccess editor, Project project, EvidenceRegister register,
                                         String evidenceId, EvidenceType type, String title, StagedUpload upload,
                                         ObjectId fileId) {
        refuseSecondCopy(register, upload);
        // MongoDB keeps milliseconds: the time answered now is the time read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceItem item = new EvidenceItem(evidenceId, register.nextPosition(), type, title, upload.fileName(),
                upload.format(), upload.size(), upload.sha256(), fileId, editor.username(), now, null);
        EvidenceAttached attached = new EvidenceAttached(project.id(), project.districtId(), project.tenantId(),
                evidenceId, type.name(), title, item.fileName(), item.format().mediaType(), item.size(), item.sha256(),
                item.position());
        EvidenceView view = EvidenceView.of(item, register);
        return new Changed<>(register.adding(item, List.of(
                PendingEvent.of(Topics.PROJECT_EVENTS, project.id(),
                        EventEnvelope.of(ProjectEvents.EVIDENCE_ATTACHED, project.tenantId(), now, attached)),
                audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "evidence", "attached",
                        null, view, now))), view);
    }

    /** The same bytes twice in one list is a slip of the hand, not a second piece of evidence. */
    private static void refuseSecondCopy(EvidenceRegister register, StagedUpload upload) {
        register.listing(upload.sha256()).ifPresent(existing -> {
            throw EvidenceProblems.alreadyAttached(existing);
        });
    }
}
