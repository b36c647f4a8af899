package cn.jixiao.project.project;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a project list, with how many match in all. */
@Schema(description = "项目分页 / a page of projects")
public record ProjectPage(
        @Schema(description = "本页项目 / the projects of this page") List<ProjectView> items,
        @Schema(description = "页码，从 0 开始 / page number from 0") int page,
        @Schema(description = "每页条数 / page size") int size,
        @Schema(description = "符合条件的总数 / how many match") long total) {
}
