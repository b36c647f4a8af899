package cn.jixiao.project.evidence;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;

import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Reads a project's evidence for anyone who may read the project: its street, the district's overseers and
 * auditors. Another street is told the project does not exist.
 */
@Service
class EvidenceCatalogue {

    private final ProjectAccess projects;
    private final EvidenceRegisters registers;
    private final EvidenceFiles files;

    EvidenceCatalogue(ProjectAccess projects, EvidenceRegisters registers, EvidenceFiles files) {
        this.projects = projects;
        this.registers = registers;
        this.files = files;
    }

    /** Every item in the order attached, withdrawn ones included and marked, the listed ones numbered. */
    Flux<EvidenceView> list(TenantAccess reader, String projectId) {
        return register(reader, projectId).flatMapIterable(register -> register.inOrder().stream()
                .map(item -> EvidenceView.of(item, register)).toList());
    }

    Mono<EvidenceView> item(TenantAccess reader, String projectId, String evidenceId) {
        return register(reader, projectId).flatMap(register -> registered(register, evidenceId)
                .map(item -> EvidenceView.of(item, register)));
    }

    /** The bytes of an item, withdrawn or not: what was once submitted stays readable. */
    Mono<Download> download(TenantAccess reader, String projectId, String evidenceId) {
        return register(reader, projectId).flatMap(register -> registered(register, evidenceId)
                .flatMap(item -> files.content(register, item).map(content -> new Download(item, content))));
    }

    private Mono<EvidenceRegister> register(TenantAccess reader, String projectId) {
        return projects.readable(reader, projectId).flatMap(project -> registers.of(reader, project));
    }

    private static Mono<EvidenceItem> registered(EvidenceRegister register, String evidenceId) {
        return Mono.justOrEmpty(register.item(evidenceId))
                .switchIfEmpty(Mono.error(() -> EvidenceProblems.notFound(evidenceId)));
    }

    /** An item and its bytes, streamed from GridFS as the response is written. */
    record Download(EvidenceItem item, Flux<DataBuffer> content) {
    }
}
