package cn.jixiao.project.ledger;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.project.ledger.LedgerViews.BookingView;
import cn.jixiao.project.ledger.LedgerViews.ExpenditurePage;
import cn.jixiao.project.ledger.LedgerViews.LedgerSummary;
import cn.jixiao.project.ledger.LedgerViews.ProgressView;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "支出明细 Spending ledger", description = "项目的支出明细台账、全年执行数与支出进度 / a project's spending entries, totals and progress")
@RestController
@RequestMapping("/api/projects/{projectId}")
@Validated
class LedgerController {

    private final ExpenditureRecording recording;
    private final LedgerQueries queries;

    LedgerController(ExpenditureRecording recording, LedgerQueries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    @Operation(summary = "录入一笔支出（街道填报人员）/ record one entry (street editors)",
            description = "凭证号在项目内唯一，重复录入返回 409 / a voucher number already booked answers 409")
    @PostMapping("/expenditures")
    Mono<ResponseEntity<BookingView>> record(@PathVariable String projectId, @Valid @RequestBody RecordExpenditure request,
                                             @StreetEditor TenantAccess editor) {
        return recording.record(editor, projectId, request)
                .map(booked -> ResponseEntity.created(URI.create("/api/projects/" + projectId + "/expenditures?batch="
                        + booked.batch().batchId())).body(BookingView.of(booked)));
    }

    @Operation(summary = "支出明细列表（分页，可按月份、经济分类筛选）/ entries, paged, by month or classification")
    @GetMapping("/expenditures")
    Mono<ExpenditurePage> list(@PathVariable String projectId,
                               @Parameter(description = "月份 1–12 / month") @RequestParam(required = false) @Min(1) @Max(12) Integer month,
                               @Parameter(description = "经济分类编码，如 30227 / classification code") @RequestParam(required = false) String classification,
                               @Parameter(description = "页码，从 0 开始 / page") @RequestParam(defaultValue = "0") @Min(0) int page,
                               @Parameter(description = "每页条数 / page size") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                               TenantAccess reader) {
        return queries.entries(reader, projectId, month, classification, page, size);
    }

    @Operation(summary = "台账汇总：全年执行数、按经济分类、按月、笔数、执行率 / totals, per classification and month, execution rate")
    @GetMapping("/ledger/summary")
    Mono<LedgerSummary> summary(@PathVariable String projectId, TenantAccess reader) {
        return queries.summary(reader, projectId);
    }

    @Operation(summary = "绩效监控支出进度（红黄绿灯）/ in-year spending progress traffic light",
            description = "进度 =（截至该月末执行数 ÷ 全年预算数）÷（月份 ÷ 12）× 100；预算未录入返回 409 / 409 until the budget is entered")
    @GetMapping("/ledger/progress")
    Mono<ProgressView> progress(@PathVariable String projectId,
                                @Parameter(description = "监控月份 1–12 / month judged at") @RequestParam @Min(1) @Max(12) int month,
                                TenantAccess reader) {
        return queries.progress(reader, projectId, month).map(ProgressView::of);
    }
}
