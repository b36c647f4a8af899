package cn.jixiao.evaluation.overview;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of the district overview: the rows matching the filter in the requested order, how many matched, and the
 * totals and counts of all the projects the caller may see.
 */
@Schema(description = "区级绩效自评总览 / district overview of the self-evaluations")
public record DistrictOverview(
        @Schema(description = "区 / district", example = "jixiao:panlong") String districtId,
        @Schema(description = "预算年度 / year", example = "2023") int year,
        @Schema(description = "绩效监控红黄绿灯的截至月份；未到的年度为空 / month the lights are as of; empty for a future year")
        Integer monitoringMonth,
        @Schema(description = "页码，从 0 开始 / page, from 0") int page,
        @Schema(description = "每页行数 / rows per page") int size,
        @Schema(description = "排序 / sort", example = "rate,desc") String sort,
        @Schema(description = "符合筛选条件的项目数，供分页 / projects matching the filter, for the pager") long total,
        @Schema(description = "本页各项目 / this page's projects") List<OverviewRow> rows,
        @Schema(description = "本人可见的全部项目的合计与分布，不受筛选影响 / totals and counts over every visible project, whatever the filter") OverviewSummary summary) {

    public DistrictOverview {
        rows = List.copyOf(rows);
    }
}
