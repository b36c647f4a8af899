package cn.jixiao.project.indicators;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.MultipartForm;

@Tag(name = "绩效指标 Indicators", description = "三级绩效指标体系及实际完成值 / the indicator tree and actual values")
@RestController
@RequestMapping("/api/projects/{projectId}/indicators")
class IndicatorController {

    /** An actuals workbook of a few hundred rows is far below this; anything bigger is not one. */
    static final DataSize MAX_UPLOAD_SIZE = DataSize.ofMegabytes(2);

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final IndicatorDefinition definition;
    private final ActualsReporting actuals;

    IndicatorController(ProjectAccess access, IndicatorSystems systems, IndicatorDefinition definition,
                        ActualsReporting actuals) {
        this.access = access;
        this.systems = systems;
        this.definition = definition;
        this.actuals = actuals;
    }

    @Operation(summary = "绩效指标体系（按一级、二级指标分组，含各级分值合计，并列出尚缺的年度指标值、分值、实际完成值）/ the "
            + "indicator tree, grouped, with the sums of the weights and the targets, weights and actuals still missing")
    @GetMapping
    Mono<IndicatorTreeView> tree(TenantAccess caller, @PathVariable String projectId) {
        return access.readable(caller, projectId).flatMap(project -> systems.of(caller, project))
                .map(IndicatorTreeView::of);
    }

    @Operation(summary = "设定或修改整个指标体系（草稿：结构有效即保存，分值与评价模板是否一致由自评计分时列为待补全事项；需提交读取时的"
            + "版本号，冲突返回 409）/ define the whole tree (a draft: anything structurally valid saves; whether the "
            + "weights fit the evaluation template is listed with the score as blocking items; 409 if changed meanwhile)")
    @PutMapping
    Mono<IndicatorTreeView> define(@StreetEditor TenantAccess editor, @PathVariable String projectId,
                                   @Valid @RequestBody DefineIndicators request) {
        return definition.define(editor, projectId, request).map(IndicatorTreeView::of);
    }

    @Operation(summary = "填报一个指标的实际完成值（冲突返回 409）/ report one indicator's actual value (409 if changed meanwhile)")
    @PutMapping("/{indicatorId}/actual")
    Mono<IndicatorTreeView> report(@StreetEditor TenantAccess editor, @PathVariable String projectId,
                                   @PathVariable String indicatorId, @Valid @RequestBody ReportActual request) {
        return actuals.report(editor, projectId, indicatorId, request).map(IndicatorTreeView::of);
    }

    @Operation(summary = "一次保存多个指标的实际完成值（全部保存或全部不保存，逐行列出问题；需提交读取时的版本号，冲突返回 409）/ "
            + "report the actuals of many indicators in one save, all or nothing, every bad line listed (409 if "
            + "changed meanwhile)")
    @PutMapping("/actuals")
    Mono<IndicatorTreeView> reportAll(@StreetEditor TenantAccess editor, @PathVariable String projectId,
                                      @Valid @RequestBody ReportActuals request) {
        return actuals.reportAll(editor, projectId, request).map(IndicatorTreeView::of);
    }

    @Operation(summary = "下载实际完成值填报模板（XLSX，每个指标一行）/ download the actuals workbook, one row per indicator")
    @GetMapping(value = "/actuals-template.xlsx", produces = ActualsWorkbook.CONTENT_TYPE)
    Mono<ResponseEntity<byte[]>> actualsTemplate(TenantAccess caller, @PathVariable String projectId) {
        return access.readable(caller, projectId).flatMap(project -> systems.of(caller, project))
                .map(system -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(ActualsWorkbook.CONTENT_TYPE))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("实际完成值填报模板.xlsx", StandardCharsets.UTF_8).build().toString())
                        .body(ActualsWorkbook.template(system.indicators())));
    }

    @Operation(summary = "上传填好的模板批量填报实际完成值（全部成功或全部不导入，逐格列出问题）/ import the filled-in workbook, "
            + "all or nothing, every bad cell listed")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                    description = "填好的 XLSX 模板 / the filled-in XLSX workbook"))))
    @PostMapping(value = "/actuals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<IndicatorTreeView> importActuals(@StreetEditor TenantAccess editor, @PathVariable String projectId,
                                          ServerWebExchange exchange) {
        // the form stays unread until the editor, the project and its indicators have been checked
        return actuals.importWorkbook(editor, projectId, MultipartForm.file(exchange, "file"), MAX_UPLOAD_SIZE)
                .map(IndicatorTreeView::of);
    }
}
