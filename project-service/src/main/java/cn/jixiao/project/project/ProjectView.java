package cn.jixiao.project.project;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(description = "项目 / Project")
public record ProjectView(
        @Schema(description = "项目标识 / id") String id,
        @Schema(description = "所属区 / district") String districtId,
        @Schema(description = "所属街道 / street") String streetId,
        @Schema(description = "项目编码 / code") String code,
        @Schema(description = "预算年度 / year") int year,
        @Schema(description = "项目名称 / name") String name,
        @Schema(description = "基本信息 / details") ProjectDetails details,
        @Schema(description = "登记人 / registered by") String registeredBy,
        @Schema(description = "登记时间 / registered at") Instant registeredAt,
        @Schema(description = "版本号，修改时原样提交用于并发控制 / version, send it back when changing the project") Long version) {

    static ProjectView of(Project project) {
        return new ProjectView(project.id(), project.districtId(), project.tenantId(), project.code(), project.year(),
                project.details().name(), project.details(), project.registeredBy(), project.registeredAt(), project.version());
    }
}
