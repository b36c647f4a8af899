package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "区级总览 District overview")
@RestController
@RequestMapping("/api/evaluations/overview")
class OverviewController {

    /** The budget year runs with the calendar in China: the light of the current year is as of this month there. */
    private static final ZoneId BUDGET_ZONE = ZoneId.of("Asia/Shanghai");

    private final DistrictOverviews overviews;
    private final Clock clock;

    OverviewController(DistrictOverviews overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    @Operation(summary = "区级绩效自评总览 / district overview of the year's self-evaluations",
            description = "每个项目最新一轮自评的预算、执行、执行率、自评分、复核分、等级、状态及绩效监控红黄绿灯，可筛选、排序、分页，"
                    + "另附本人可见的全部项目（不受筛选影响）的合计、等级分布、各状态和各监控灯的项目数。区级监管和审计人员看全区，"
                    + "街道用户只看本街道。审核队列即 status=SUBMITTED,UNDER_REVIEW / every project's latest round with budget, "
                    + "executed, rate, self-score, review score, grade, status and monitoring light, filtered, sorted and paged, "
                    + "with the totals, the grade distribution and the projects by status and by light over every project the "
                    + "caller may see, whatever the filter. District overseers and auditors see the district; a street's users "
                    + "see their own street only. The review queue is status=SUBMITTED,UNDER_REVIEW")
    @GetMapping
    Mono<DistrictOverview> overview(
            TenantAccess caller,
            @Parameter(description = "区，默认为本人所在区 / district, default the caller's") @RequestParam(required = false) String districtId,
            @Parameter(description = "预算年度 / budget year", example = "2023") @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = "排序：street、projectCode、projectName、budget、executed、rate、score（自评分）、reviewScore、"
                    + "grade、light、status，可加 ,asc 或 ,desc；空值最小 / sort key with optional ,asc or ,desc; empty values "
                    + "are the lowest", example = "rate,desc") @RequestParam(required = false) String sort,
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "每页行数 / rows per page") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @Parameter(description = "绩效监控截至月份，默认：往年 12 月，本年当月 / month of the monitoring lights; default "
                    + "December for past years, the current month this year") @RequestParam(required = false) @Min(1) @Max(12) Integer month,
            @Parameter(description = "只看一个街道 / one street only", example = "jixiao:panlong:jinchen")
            @RequestParam(required = false) @Size(max = 200) String streetId,
            @Parameter(description = "状态，可逗号分隔多个：DRAFT、SUBMITTED、UNDER_REVIEW、RETURNED、APPROVED、FINALIZED / "
                    + "statuses, comma-separated", example = "SUBMITTED,UNDER_REVIEW")
            @RequestParam(required = false) @Size(max = 200) String status,
            @Parameter(description = "等级（有复核等级取复核等级），可逗号分隔多个：优、良、中、差、未评分 / grades that count "
                    + "(the review grade once set), comma-separated", example = "优,良")
            @RequestParam(required = false) @Size(max = 50) String grade,
            @Parameter(description = "绩效监控灯，可逗号分隔多个：RED、YELLOW、GREEN、NONE（无预算或无月度支出）/ monitoring "
                    + "lights, comma-separated; NONE without budget or monthly spending", example = "RED,YELLOW")
            @RequestParam(required = false) @Size(max = 50) String light,
            @Parameter(description = "最低分（含），按决定等级的分数：有复核分取复核分，否则取自评分；无分的项目不符合 / lowest "
                    + "grade-deciding score, inclusive: the review score if any, else the self-score; a project without "
                    + "one never matches", example = "80")
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100") BigDecimal minScore,
            @Parameter(description = "最高分（含），同上 / highest grade-deciding score, inclusive", example = "100")
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100") BigDecimal maxScore,
            @Parameter(description = "项目名称或编码中的文字，不分大小写 / part of the project's name or code, any case",
                    example = "整治") @RequestParam(required = false) @Size(max = 100) String q) {
        OverviewSort order = OverviewSort.parse(sort);
        OverviewFilter filter = OverviewFilter.parse(streetId, status, grade, light, minScore, maxScore, q);
        Integer monitoringMonth = month != null ? month : defaultMonth(year, LocalDate.now(clock.withZone(BUDGET_ZONE)));
        return overviews.overview(caller, districtId, year, filter, order, page, size, monitoringMonth);
    }

    @Operation(summary = "全区汇总 / the district's totals of the year",
            description = "与总览的 summary 相同（合计、等级分布、各状态和各监控灯的项目数），不含行；区级监管和审计人员看全区，街道用户只看本街道 / "
                    + "the overview's summary without rows: totals, grade distribution, projects by status and by light; "
                    + "district overseers and auditors see the district, a street's users their own street")
    @GetMapping("/summary")
    Mono<DistrictSummary> summary(
            TenantAccess caller,
            @Parameter(description = "区，默认为本人所在区 / district, default the caller's") @RequestParam(required = false) String districtId,
            @Parameter(description = "预算年度 / budget year", example = "2023") @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = "绩效监控截至月份，默认同总览 / month of the monitoring lights, default as the overview's")
            @RequestParam(required = false) @Min(1) @Max(12) Integer month) {
        Integer monitoringMonth = month != null ? month : defaultMonth(year, LocalDate.now(clock.withZone(BUDGET_ZONE)));
        return overviews.summary(caller, districtId, year, monitoringMonth);
    }

    /** December for a past year, this month for the current one, none for a year that has not begun. */
    static Integer defaultMonth(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 12;
        }
        return year == today.getYear() ? today.getMonthValue() : null;
    }
}
