package cn.jixiao.evaluation.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
            description = "每个项目最新一轮自评的预算、执行、执行率、自评分、复核分、等级、状态及绩效监控红黄绿灯，可排序分页，"
                    + "另附全部项目的合计与等级分布。区级监管和审计人员看全区，街道用户只看本街道 / every project's latest "
                    + "round with budget, executed, rate, self-score, review score, grade, status and monitoring light, "
                    + "sortable and paged, with totals and the grade distribution over all projects. District overseers and "
                    + "auditors see the district; a street's users see their own street only")
    @GetMapping
    Mono<DistrictOverview> overview(
            TenantAccess caller,
            @Parameter(description = "区，默认为本人所在区 / district, default the caller's") @RequestParam(required = false) String districtId,
            @Parameter(description = "预算年度 / budget year", example = "2023") @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = "排序：street、projectCode、budget、rate、score、status，可加 ,asc 或 ,desc / sort key "
                    + "with optional ,asc or ,desc", example = "rate,desc") @RequestParam(required = false) String sort,
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "每页行数 / rows per page") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @Parameter(description = "绩效监控截至月份，默认：往年 12 月，本年当月 / month of the monitoring lights; default "
                    + "December for past years, the current month this year") @RequestParam(required = false) @Min(1) @Max(12) Integer month) {
        OverviewSort order = OverviewSort.parse(sort);
        Integer monitoringMonth = month != null ? month : defaultMonth(year, LocalDate.now(clock.withZone(BUDGET_ZONE)));
        return overviews.overview(caller, districtId, year, order, page, size, monitoringMonth);
    }

    /** December for a past year, this month for the current one, none for a year that has not begun. */
    static Integer defaultMonth(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 12;
        }
        return year == today.getYear() ? today.getMonthValue() : null;
    }
}
