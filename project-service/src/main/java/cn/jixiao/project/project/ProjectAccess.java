package cn.jixiao.project.project;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The one check every feature of a project (budget, ledger, indicators, evidence) runs first: the project
 * exists for this caller (else 404, so another street cannot even learn it exists), and for a change,
 * the caller edits this street's data (else 403).
 */
@Component
public class ProjectAccess {

    private final Projects projects;

    ProjectAccess(Projects projects) {
        this.projects = projects;
    }

    public Mono<Project> readable(TenantAccess access, String projectId) {
        return projects.findVisible(access, projectId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(Bilingual.of("项目", "Project"), projectId)));
    }

    public Mono<Project> editable(TenantAccess access, String projectId) {
        return readable(access, projectId).flatMap(project -> access.canEdit(project.districtId(), project.tenantId())
                ? Mono.just(project)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "只有本街道的填报人员可以修改该项目", "Only the street's editors may change this project"))));
    }
}
