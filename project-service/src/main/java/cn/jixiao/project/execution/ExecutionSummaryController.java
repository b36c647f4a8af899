package cn.jixiao.project.execution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "全年执行数（汇总数）Execution summary", description = "未在本系统记账的街道按来源（如部门决算）录入全年执行数；"
        + "有账表时以账表为准并提示差异 / for a street that keeps no ledger here: 全年执行数 as a summary figure with its"
        + " source; a ledger, when there is one, wins and a difference is flagged")
@RestController
@RequestMapping("/api/projects/{projectId}/execution-summary")
class ExecutionSummaryController {

    private final ProjectAccess access;
    private final ExecutionSummaries summaries;
    private final ExecutionSummaryChanges changes;

    ExecutionSummaryController(ProjectAccess access, ExecutionSummaries summaries, ExecutionSummaryChanges changes) {
        this.access = access;
        this.summaries = summaries;
        this.changes = changes;
    }

    @Operation(summary = "全年执行数（汇总数）及来源 / the summary 全年执行数 and its source",
            description = "尚未录入时各项为空、版本号为空（首次录入时不填版本号）/ while none has been entered every field"
                    + " is empty and so is the version, which the first entry then omits")
    @GetMapping
    Mono<ExecutionSummaryView> get(@PathVariable String projectId, TenantAccess caller) {
        return access.readable(caller, projectId).then(summaries.findVisible(caller, projectId)
                .map(ExecutionSummaryView::of)
                .defaultIfEmpty(ExecutionSummaryView.notEntered(projectId)));
    }

    @Operation(summary = "录入或修改全年执行数（汇总数）及来源（本街道填报人员；需提交读取时的版本号，冲突返回 409）"
            + " / enter the summary 全年执行数 and its source (street editors; 409 if changed meanwhile)",
            description = "金额为负或超过两位小数、来源为“其他”而未写明时返回 400 / 400 for a negative amount, more than two"
                    + " decimals, or an OTHER source not named")
    @PutMapping
    Mono<ExecutionSummaryView> report(@PathVariable String projectId, @Valid @RequestBody ReportExecutionSummary request,
                                      @StreetEditor TenantAccess editor) {
        return changes.report(editor, projectId, request).map(ExecutionSummaryView::of);
    }
}
