package cn.jixiao.report.projectreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.tenancy.CurrentTenant;

@Tag(name = "绩效自评报告 Reports")
@RestController
@RequestMapping("/api/reports")
class ProjectReportController {

    private final ReadModel model;

    ProjectReportController(ReadModel model) {
        this.model = model;
    }

    @Operation(summary = "报告列表 / report files the caller may see")
    @GetMapping
    Flux<ProjectReport> list(@RequestParam(required = false) Integer year) {
        return CurrentTenant.access().flatMapMany(access -> model.visibleProjects(access, year)).map(ProjectReport::of);
    }

    @Operation(summary = "项目的报告档案 / the report file of one project")
    @GetMapping("/{projectId}")
    Mono<ProjectReport> get(@PathVariable String projectId) {
        return CurrentTenant.access()
                .flatMap(access -> model.visibleProject(access, projectId))
                // a project heard of only by a later event is not registered here yet
                .filter(facts -> facts.registration() != null)
                .map(ProjectReport::of)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(Bilingual.of("项目报告", "Project report"), projectId)));
    }
}
