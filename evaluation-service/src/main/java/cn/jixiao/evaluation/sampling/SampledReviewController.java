package cn.jixiao.evaluation.sampling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "抽查复核 Sampled review",
        description = "区级按随机种子分街道抽取已定稿自评，逐行录入复核分，分析自评分与复核分之差；审计只读，街道不可见 / the "
                + "district draws finalized self-evaluations by a stated seed, stratified by street, re-scores them line "
                + "by line and reads the gap to the self-scores; auditors read only, streets see nothing of it")
@RestController
@RequestMapping("/api/sampled-reviews")
class SampledReviewController {

    private final SampledReviewService service;

    SampledReviewController(SampledReviewService service) {
        this.service = service;
    }

    @Operation(summary = "抽取样本 / draw a sample",
            description = "区复核人员按年度、随机种子及比例（各街道四舍五入、至少 1 份）或数量（先每街道 1 份，余数按最大余数法）"
                    + "抽取；同一种子、同一总体必得同一样本；再次抽取为新样本，不覆盖 / by the district's overseer: a share "
                    + "(each street's, half up, at least one) or a count (one per street, the rest by largest remainder); "
                    + "the same seed and population always draw the same; drawing again is a new sample")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SampledReviewView> draw(TenantAccess caller, @Valid @RequestBody DrawSample request) {
        return service.draw(caller, request);
    }

    @Operation(summary = "年度样本列表 / the year's samples",
            description = "本区复核和审计人员可见，新抽取的在前；街道用户为空 / the district's overseers and auditors, "
                    + "newest first; empty for a street's users")
    @GetMapping
    Flux<SampleListing> list(TenantAccess caller,
                             @Parameter(description = "预算年度 / year", example = "2023")
                             @RequestParam @Min(2000) @Max(2100) int year) {
        return service.list(caller, year);
    }

    @Operation(summary = "样本详情 / a sample",
            description = "种子、规模、总体、抽中的自评（按街道）及各行自评分与复核分 / the seed, size, population, the "
                    + "drawn evaluations by street with each line's self-score and review score")
    @GetMapping("/{id}")
    Mono<SampledReviewView> read(TenantAccess caller, @PathVariable String id) {
        return service.read(caller, id);
    }

    @Operation(summary = "录入一行复核分 / re-score a line",
            description = "区复核人员录入抽中自评一行（指标 id，预算执行率为 execution）的复核分及理由，复核总分按复核规则重算；"
                    + "街道的已定稿自评不变 / by the district's overseer: one line (indicator id, execution for the rate) "
                    + "with the reason; the review total follows the review rule; the street's evaluation is untouched")
    @PutMapping("/{id}/evaluations/{evaluationId}/lines/{indicatorId}")
    Mono<SampledReviewView.Evaluation> reScore(TenantAccess caller, @PathVariable String id,
                                               @PathVariable String evaluationId, @PathVariable String indicatorId,
                                               @Valid @RequestBody ReScoreLine request) {
        return service.reScore(caller, id, evaluationId, indicatorId, request);
    }

    @Operation(summary = "自评与复核差异 / the gap report",
            description = "已复核各行自评分与复核分之差，按街道、一级指标（含预算执行率）和二级指标汇总 / each re-scored "
                    + "line's self-score minus review score, per street, per part and per dimension")
    @GetMapping("/{id}/gaps")
    Mono<GapReport> gaps(TenantAccess caller, @PathVariable String id) {
        return service.gaps(caller, id);
    }
}
