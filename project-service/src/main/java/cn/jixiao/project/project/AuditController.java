package cn.jixiao.project.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditEntry;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * A project's audit trail as its overseers read it. It lives with the project, not in {@code audit}: every feature
 * writes to the trail, so the trail itself knows no feature, and reading it goes through {@link ProjectAccess}
 * like every other read of a project.
 */
@Tag(name = "审计轨迹 Audit trail", description = "谁在何时改了什么 / who changed what, when")
@RestController
@RequestMapping("/api/projects/{projectId}/audit")
class AuditController {

    private final ProjectAccess projects;
    private final AuditTrail trail;

    AuditController(ProjectAccess projects, AuditTrail trail) {
        this.projects = projects;
        this.trail = trail;
    }

    @Operation(summary = "项目的修改记录（审计人员、区监管人员）/ the project's changes, oldest first (auditors, district overseers)")
    @GetMapping
    Flux<AuditEntry> trail(@PathVariable String projectId, TenantAccess caller) {
        return oversight(caller)
                .flatMap(overseer -> projects.readable(overseer, projectId))
                .flatMapMany(project -> trail.of(project.districtId(), project.id()));
    }

    private static Mono<TenantAccess> oversight(TenantAccess access) {
        return access.has(Role.AUDITOR) || access.has(Role.DISTRICT_OVERSEER)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "审计轨迹仅供审计人员和区监管人员查阅", "The audit trail is for auditors and district overseers")));
    }
}
