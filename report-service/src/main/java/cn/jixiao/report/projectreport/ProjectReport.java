package cn.jixiao.report.projectreport;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What report-service knows of a project's self-evaluation report (绩效自评报告): the project's facts,
 * copied from events so rendering never calls another service, and later its rendered versions.
 *
 * @param projectId the project, which is also this record's id: one report file per project
 */
@Document(ProjectReport.COLLECTION)
@CompoundIndex(name = "district_street_year", def = "{'districtId': 1, 'tenantId': 1, 'year': 1}")
public record ProjectReport(
        @Id String projectId,
        String districtId,
        String tenantId,
        String projectCode,
        String projectName,
        int year,
        String competentDepartment,
        String implementingUnit,
        Instant registeredAt) {

    public static final String COLLECTION = "project_reports";
}
