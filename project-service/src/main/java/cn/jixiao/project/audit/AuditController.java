package cn.jixiao.project.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.CurrentTenant;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "审计轨迹 Audit trail", description = "谁在何时改了什么 / who changed what, when")
@RestController
@RequestMapping("/api/projects/{projectId}/audit")
class AuditController {

    private final ProjectAccess projects;
    private final ReactiveMongoTemplate mongo;

    AuditController(ProjectAccess projects, ReactiveMongoTemplate mongo) {
        this.projects = projects;
        this.mongo = mongo;
    }

    @Operation(summary = "项目的修改记录（审计人员、区监管人员）/ the project's changes, oldest first (auditors, district overseers)")
    @GetMapping
    Flux<AuditEntry> trail(@PathVariable String projectId) {
        return CurrentTenant.access()
                .flatMap(AuditController::oversight)
                .flatMap(access -> projects.readable(access, projectId))
                .flatMapMany(project -> mongo.find(Query.query(Criteria.where("districtId").is(project.districtId())
                        .and("projectId").is(project.id())).with(Sort.by("at")), AuditEntry.class));
    }

    private static Mono<TenantAccess> oversight(TenantAccess access) {
        return access.has(Role.AUDITOR) || access.has(Role.DISTRICT_OVERSEER)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "审计轨迹仅供审计人员和区监管人员查阅", "The audit trail is for auditors and district overseers")));
    }
}
