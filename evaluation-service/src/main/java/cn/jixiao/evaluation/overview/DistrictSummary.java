package cn.jixiao.evaluation.overview;

import io.swagger.v3.oas.annotations.media.Schema;

/** 全区汇总: the totals and counts of the district's (or the caller's street's) projects of a year, without rows. */
@Schema(description = "全区汇总 / the district's totals and counts of a year")
public record DistrictSummary(
        @Schema(description = "区 / district", example = "jixiao:panlong") String districtId,
        @Schema(description = "预算年度 / year", example = "2023") int year,
        @Schema(description = "绩效监控红黄绿灯的截至月份；未到的年度为空 / month the lights are as of; empty for a future year")
        Integer monitoringMonth,
        @Schema(description = "本人可见的全部项目的合计与分布 / totals and counts over every visible project") OverviewSummary summary) {
}
