package cn.jixiao.project.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.EvidenceWithdrawn;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.evidence.EvidenceRegisters.Changed;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Takes an item off the report's evidence list, with the reason, in one write with its
 * {@code EvidenceWithdrawn} event and audit entry. The item and its file stay: what was once submitted as
 * evidence remains readable by auditors. The items after it move up one number.
 */
@Service
class EvidenceWithdrawal {

    private final ProjectAccess projects;
    private final EvidenceRegisters registers;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceWithdrawal(ProjectAccess projects, EvidenceRegisters registers, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.registers = registers;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<EvidenceView> withdraw(TenantAccess editor, String projectId, String evidenceId, WithdrawEvidence request) {
        return projects.editable(editor, projectId).flatMap(project -> registers.change(editor, project,
                register -> withdrawing(editor, project, register, evidenceId, request.reason())));
    }

    private Changed<EvidenceView> withdrawing(TenantAccess editor, Project project, EvidenceRegister register,
                                              String evidenceId, String reason) {
        EvidenceItem item = register.item(evidenceId).orElseThrow(() -> EvidenceProblems.notFound(evidenceId));
        if (!item.isListed()) {
            throw EvidenceProblems.alreadyWithdrawn(item);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceItem withdrawn = item.withdrawn(new Withdrawal(reason, editor.username(), now));
        EvidenceView after = EvidenceView.of(withdrawn, register);
        EvidenceWithdrawn event = new EvidenceWithdrawn(project.id(), project.districtId(), project.tenantId(),
                evidenceId, reason);
        return new Changed<>(register.replacing(withdrawn, List.of(
                PendingEvent.of(Topics.PROJECT_EVENTS, project.id(),
                        EventEnvelope.of(ProjectEvents.EVIDENCE_WITHDRAWN, project.tenantId(), now, event)),
                audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "evidence", "withdrawn",
                        EvidenceView.of(item, register), after, now))), after);
    }
}
