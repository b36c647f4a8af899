package cn.jixiao.report.preview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效自评报告 Reports")
@RestController
@Validated
@RequestMapping("/api/reports/{projectId}")
class ReportDocumentController {

    private final ReportDocuments documents;

    ReportDocumentController(ReportDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "当前轮次的报告内容（预览） / the current round's report, for the preview",
            description = "未填写的部分列于 missing；未定稿时 draft 为 true / parts still missing are listed in missing; "
                    + "draft is true until the evaluation is finalized")
    @GetMapping("/document")
    Mono<ReportDocument> current(@PathVariable String projectId, TenantAccess caller) {
        return documents.forReader(caller, projectId, null);
    }

    @Operation(summary = "某轮评价的报告内容（预览） / one round's report, for the preview")
    @GetMapping("/rounds/{round}/document")
    Mono<ReportDocument> ofRound(@PathVariable String projectId, @PathVariable @Min(1) int round,
                                 TenantAccess caller) {
        return documents.forReader(caller, projectId, round);
    }
}
