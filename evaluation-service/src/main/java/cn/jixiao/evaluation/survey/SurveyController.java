package cn.jixiao.evaluation.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.util.unit.DataSize;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.MultipartForm;

@Tag(name = "满意度调查 Satisfaction surveys")
@RestController
@RequestMapping("/api/evaluations/{evaluationId}/surveys")
class SurveyController {

    /** A questionnaire file of tens of thousands of respondents stays far below this. */
    static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(10);

    private final SurveyEntry surveys;

    SurveyController(SurveyEntry surveys) {
        this.surveys = surveys;
    }

    @Operation(summary = "自评的满意度调查 / the self-evaluation's satisfaction surveys",
            description = "含各题各选项人数和满意度，供 社会调查问卷分析报告 使用 / with the counts per answer per question "
                    + "and the rate, as the report's 社会调查问卷分析报告 prints them")
    @GetMapping
    Flux<SurveyView> list(TenantAccess caller, @PathVariable String evaluationId) {
        return surveys.surveys(caller, evaluationId);
    }

    @Operation(summary = "一项满意度调查 / one satisfaction survey")
    @GetMapping("/{surveyId}")
    Mono<SurveyView> get(TenantAccess caller, @PathVariable String evaluationId, @PathVariable String surveyId) {
        return surveys.survey(caller, evaluationId, surveyId);
    }

    @Operation(summary = "设计调查问卷 / define a questionnaire",
            description = "街道填报人员可用，自评须为草稿或已退回；每个满意度指标一份问卷 / street editors, while the "
                    + "evaluation is a draft or returned; one questionnaire per satisfaction indicator")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SurveyView> define(TenantAccess caller, @PathVariable String evaluationId, @Valid @RequestBody DefineSurvey request) {
        return surveys.define(caller, evaluationId, request);
    }

    @Operation(summary = "导入答卷（XLSX 或 CSV）/ import responses (XLSX or CSV)",
            description = "每行一位受访者，每列一道题，表头为题目原文或题号。未作答或回答不在选项中的行计为无效问卷并列出；"
                    + "满意度成为对应指标的实际完成值，自评随即重新计分 / one row per respondent, one column per question, "
                    + "headed by the question's text or number. Rows without a usable deciding answer count as invalid "
                    + "and are listed; the rate becomes the indicator's actual and the evaluation is rescored")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                    description = "答卷文件 / the response file"))))
    @PostMapping(value = "/{surveyId}/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<SurveyView> importResponses(TenantAccess caller, @PathVariable String evaluationId, @PathVariable String surveyId,
                                     ServerWebExchange exchange) {
        // the form stays unread until the editor, the evaluation and the survey have been checked
        return surveys.importResponses(caller, evaluationId, surveyId, MultipartForm.file(exchange, "file"), MAX_FILE_SIZE);
    }

    @Operation(summary = "录入汇总人数 / enter counts per answer",
            description = "不导入答卷时，按选项录入人数；满意度成为对应指标的实际完成值，自评随即重新计分 / instead of "
                    + "importing responses; the rate becomes the indicator's actual and the evaluation is rescored")
    @PutMapping("/{surveyId}/counts")
    Mono<SurveyView> enterCounts(TenantAccess caller, @PathVariable String evaluationId, @PathVariable String surveyId,
                                 @Valid @RequestBody EnterCounts counts) {
        return surveys.enterCounts(caller, evaluationId, surveyId, counts);
    }
}
