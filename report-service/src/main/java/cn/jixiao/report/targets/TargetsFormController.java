package cn.jixiao.report.targets;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.report.archive.FormatDownloads;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效目标表 Performance targets")
@RestController
@RequestMapping("/api/reports/{projectId}/targets")
class TargetsFormController {

    private final TargetsForms forms;
    private final FormatDownloads<TargetsForm> files;

    TargetsFormController(TargetsForms forms, List<TargetsFormat> formats) {
        this.forms = forms;
        this.files = new FormatDownloads<>(formats, Bilingual.of("目标表格式", "Targets format"));
    }

    @Operation(summary = "项目的绩效目标表（批复的目标及目标调整；未批复时标注） / the project's performance targets table",
            description = "已批复：现行目标及历次目标调整；未批复：送审稿或最新目标，approved 为 false / approved: the "
                    + "targets in force and every adjustment; otherwise the submitted or latest targets, approved false")
    @GetMapping
    Mono<TargetsForm> form(@PathVariable String projectId, TenantAccess caller) {
        return forms.forReader(caller, projectId);
    }

    @Operation(summary = "下载绩效目标表（DOCX、PDF 或 HTML）/ the performance targets table as DOCX, PDF or HTML")
    @GetMapping("/{format}")
    Mono<ResponseEntity<byte[]>> file(@PathVariable String projectId,
                                      @Parameter(description = "docx、pdf 或 html") @PathVariable String format,
                                      TenantAccess caller) {
        return files.preview(format, forms.forReader(caller, projectId), form -> form.projectName()
                + TargetsForm.TITLE + (form.approved() ? "" : "（" + TargetsForm.NOT_APPROVED + "）"));
    }
}
