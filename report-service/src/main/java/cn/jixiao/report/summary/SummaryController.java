package cn.jixiao.report.summary;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.report.archive.FormatDownloads;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.SummaryFormat;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "全区汇总 District summaries")
@RestController
@RequestMapping("/api/reports/districts")
@EnableConfigurationProperties(TenantNames.class)
class SummaryController {

    private final DistrictSummaries summaries;
    private final FormatDownloads<DistrictSummary> files;

    SummaryController(DistrictSummaries summaries, List<SummaryFormat> formats) {
        this.summaries = summaries;
        this.files = new FormatDownloads<>(formats, Bilingual.of("汇总格式", "Summary format"));
    }

    @Operation(summary = "全区项目支出绩效自评汇总 / the district's summary of all its streets' evaluations",
            description = "各街道项目的预算、执行、执行率、得分、等级和状态，含合计及等级分布 / budget, executed, rate, "
                    + "score, grade and status of every street's projects, with totals and the grade distribution")
    @GetMapping("/{districtId}/summary")
    Mono<DistrictSummary> summary(@PathVariable String districtId, @RequestParam int year, TenantAccess caller) {
        return summaries.of(caller, districtId, year);
    }

    @Operation(summary = "下载全区汇总（XLSX 或 PDF）/ download the district summary as XLSX or PDF")
    @GetMapping("/{districtId}/summary/{format}")
    Mono<ResponseEntity<byte[]>> download(@PathVariable String districtId, @RequestParam int year,
                                          @Parameter(description = "XLSX 或 PDF") @PathVariable String format,
                                          TenantAccess caller) {
        // rendering thousands of rows is CPU work: FormatDownloads renders off the event loop
        return files.download(format, summaries.of(caller, districtId, year),
                summary -> summary.districtName() + year + "年度项目支出绩效自评汇总");
    }
}
