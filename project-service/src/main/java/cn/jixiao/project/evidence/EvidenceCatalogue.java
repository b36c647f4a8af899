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

    Flux<EvidenceItem> list(TenantAccess reader, String projectId) {
        return register(reader, projectId).flatMapIterable(EvidenceRegister::inOrder);
    }

    Mono<EvidenceItem> item(TenantAccess reader, String projectId, String evidenceId) {
        return register(reader, projectId).flatMap(register -> listed(register, evidenceId));
    }

    Mono<Download> download(TenantAccess reader, String projectId, String evidenceId) {
        return register(reader, projectId).flatMap(register -> listed(register, evidenceId)
                .flatMap(item -> files.content(register, item).map(content -> new Download(item, content))));
    }

    private Mono<EvidenceRegister> register(TenantAccess reader, String projectId) {
        return projects.readable(reader, projectId).flatMap(project -> registers.of(reader, project));
    }

    private static Mono<EvidenceItem> listed(EvidenceRegister register, String evidenceId) {
        return Mono.justOrEmpty(register.item(evidenceId))
                .switchIfEmpty(Mono.error(() -> EvidenceProblems.notFound(evidenceId)));
    }

    /** An item and its bytes, streamed from GridFS as the response is written. */
    record Download(EvidenceItem item, Flux<DataBuffer> content) {
    }
}
