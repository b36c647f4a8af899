package cn.jixiao.project.evidence;

import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantAccess;

/** Which entries of a project's evidence register another feature may refer to: those still listed. */
@Component
public class EvidenceEntries {

    private final EvidenceRegisters registers;

    EvidenceEntries(EvidenceRegisters registers) {
        this.registers = registers;
    }

    /** The ids of the project's listed (not withdrawn) evidence, as the caller sees the register. */
    public Mono<Set<String>> listed(TenantAccess caller, Project project) {
        return registers.of(caller, project).map(register -> register.items().stream()
                .filter(EvidenceItem::isListed).map(EvidenceItem::evidenceId).collect(Collectors.toSet()));
    }
}
