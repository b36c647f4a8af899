package cn.jixiao.evaluation.template;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The template version the district chose for one budget year: the drafts of that year's projects record it
 * instead of the district's default.
 */
@Schema(description = "某一预算年度选定的模板版本 / the template version chosen for one budget year")
record YearChoice(
        @Schema(description = "预算年度 / budget year") int year,
        @Schema(description = "选定的模板版本 / the chosen version") TemplateRef chosen,
        @Schema(description = "选定时间 / when") Instant chosenAt,
        @Schema(description = "选定人 / by whom") String chosenBy) {
}
