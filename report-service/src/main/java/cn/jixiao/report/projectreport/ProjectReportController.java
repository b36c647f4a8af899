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

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效自评报告 Reports")
@RestController
@RequestMapping("/api/reports")
class ProjectReportController {

    private final ProjectReports reports;

    ProjectReportController(ProjectReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "报告列表 / report files the caller may see")
    @GetMapping
    Flux<ProjectReport> list(@RequestParam(required = false) Integer year, TenantAccess caller) {
        return reports.visible(caller, year);
    }

    @Operation(summary = "项目的报告档案 / the report file of one project")
    @GetMapping("/{projectId}")
    Mono<ProjectReport> get(@PathVariable String projectId, TenantAccess caller) {
        return reports.readable(caller, projectId);
    }
}
