package cn.jixiao.report.texts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "报告文字 Report texts")
@RestController
@Validated
@RequestMapping("/api/reports/{projectId}")
class ReportTextsController {

    private final ReportTextsService texts;

    ReportTextsController(ReportTextsService texts) {
        this.texts = texts;
    }

    @Operation(summary = "当前轮次报告的文字 / the texts of the current round's report",
            description = "未保存过时返回标准表述或上一轮的文字 / before the first save: the standard wording, or the previous round's texts")
    @GetMapping("/texts")
    Mono<ReportTextsView> current(@PathVariable String projectId, TenantAccess caller) {
        return texts.readCurrent(caller, projectId);
    }

    @Operation(summary = "某轮评价报告的文字 / the texts of one round's report")
    @GetMapping("/rounds/{round}/texts")
    Mono<ReportTextsView> ofRound(@PathVariable String projectId, @PathVariable @Min(1) int round,
                                  TenantAccess caller) {
        return texts.read(caller, projectId, round);
    }

    @Operation(summary = "修改某轮评价报告的文字 / change the texts of one round's report",
            description = "仅本街道填报人员，定稿前；版本过期返回409 / street editors only, until finalized; an outdated version gives 409")
    @PutMapping("/rounds/{round}/texts")
    Mono<ReportTextsView> update(@PathVariable String projectId, @PathVariable @Min(1) int round,
                                 @Valid @RequestBody UpdateReportTexts change, @StreetEditor TenantAccess editor) {
        return texts.update(editor, projectId, round, change);
    }
}
