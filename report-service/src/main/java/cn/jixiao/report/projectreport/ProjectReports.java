package cn.jixiao.report.projectreport;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.readmodel.ReportAccess;
import cn.jixiao.tenancy.TenantAccess;

/** The report files a caller may see: one per project whose registration report-service has heard of. */
@Service
class ProjectReports {

    private final ReadModel model;
    private final ReportAccess access;

    ProjectReports(ReadModel model, ReportAccess access) {
        this.model = model;
        this.access = access;
    }

    /** Newest year first, then by code; all years when none is given. */
    Flux<ProjectReport> visible(TenantAccess caller, Integer year) {
        return model.visibleProjects(caller, year).map(ProjectReport::of);
    }

    Mono<ProjectReport> readable(TenantAccess caller, String projectId) {
        return access.readable(caller, projectId, null)
                // a project heard of only by a later event is not registered here yet
                .filter(facts -> facts.registration() != null)
                .map(ProjectReport::of)
                .switchIfEmpty(Mono.error(() -> ReportAccess.notFound(projectId, null)));
    }
}
