package cn.jixiao.report.projectreport;

import java.time.Instant;

import cn.jixiao.report.readmodel.ProjectFacts;

/**
 * A project's report file (绩效自评报告档案) as the list shows it: the project's facts from report-service's read
 * model, so rendering never calls another service.
 *
 * @param projectName as last updated, else as registered
 */
public record ProjectReport(
        String projectId,
        String districtId,
        String tenantId,
        String projectCode,
        String projectName,
        int year,
        String competentDepartment,
        String implementingUnit,
        Instant registeredAt) {

    static ProjectReport of(ProjectFacts facts) {
        return new ProjectReport(facts.projectId(), facts.districtId(), facts.tenantId(), facts.registration().code(),
                facts.projectName(), facts.year(), facts.competentDepartment(), facts.implementingUnit(),
                facts.registeredAt());
    }
}
