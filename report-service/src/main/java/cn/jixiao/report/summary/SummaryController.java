package cn.jixiao.report.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.SummaryFormat;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "全区汇总 District summaries")
@RestController
@RequestMapping("/api/reports/districts")
@EnableConfigurationProperties(TenantNames.class)
class SummaryController {

    private final DistrictSummaries summaries;
    private final Map<String, SummaryFormat> formats;

    SummaryController(DistrictSummaries summaries, List<SummaryFormat> formats) {
        this.summaries = summaries;
        this.formats = formats.stream().collect(Collectors.toMap(SummaryFormat::name, Function.identity()));
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
        SummaryFormat renderer = formats.get(format.toUpperCase());
        if (renderer == null) {
            return Mono.error(ProblemException.notFound(Bilingual.of("汇总格式", "Summary format"), format));
        }
        return summaries.of(caller, districtId, year)
                // rendering thousands of rows is CPU work: off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(summary -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(renderer.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(summary.districtName() + year + "年度项目支出绩效自评汇总." + renderer.fileExtension(),
                                        StandardCharsets.UTF_8).build().toString())
                        .body(renderer.render(summary)));
    }
}
