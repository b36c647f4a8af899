package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.monitoring.SpendingProgress;
import cn.jixiao.contracts.project.ExpenditureRecorded.ClassificationTotal;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;

/** What the ledger's API answers. */
final class LedgerViews {

    private LedgerViews() {
    }

    @Schema(description = "支出明细 / one spending entry")
    record ExpenditureView(
            @Schema(description = "标识 / id") String id,
            @Schema(description = "日期 / date") LocalDate date,
            @Schema(description = "金额（元）/ amount, yuan") Yuan amount,
            @Schema(description = "经济分类编码 / classification code") String classificationCode,
            @Schema(description = "经济分类名称 / classification name") String classificationName,
            @Schema(description = "收款方 / payee") String payee,
            @Schema(description = "凭证号 / voucher number") String voucherNo,
            @Schema(description = "摘要 / summary") String summary,
            @Schema(description = "所属批次（一次导入或一笔录入）/ batch: one import or one typed entry") String batchId,
            @Schema(description = "录入人 / recorded by") String recordedBy,
            @Schema(description = "录入时间 / recorded at") Instant recordedAt) {

        static ExpenditureView of(Expenditure entry) {
            return new ExpenditureView(entry.id(), entry.date(), entry.amount(), entry.classificationCode(),
                    entry.classificationName(), entry.payee(), entry.voucherNo(), entry.summary(), entry.batchId(),
                    entry.recordedBy(), entry.recordedAt());
        }
    }

    @Schema(description = "支出明细分页 / a page of entries")
    record ExpenditurePage(
            @Schema(description = "本页明细，按日期、凭证号排序 / entries by date and voucher") List<ExpenditureView> items,
            @Schema(description = "页码，从 0 开始 / page, from 0") int page,
            @Schema(description = "每页条数 / page size") int size,
            @Schema(description = "符合条件的总条数 / matching entries in all") long totalElements) {
    }

    @Schema(description = "一次录入或导入的结果 / what one entry or import booked")
    record BookingView(
            @Schema(description = "批次号（导入号）/ batch (import) id") String batchId,
            @Schema(description = "来源：ENTRY 单笔录入，IMPORT 文件导入 / ENTRY typed in, IMPORT from a file") Ledger.BatchKind kind,
            @Schema(description = "导入文件名 / file name") String fileName,
            @Schema(description = "本次笔数 / entries booked") int entryCount,
            @Schema(description = "本次金额合计（元）/ their sum, yuan") Yuan batchTotal,
            @Schema(description = "入账后的台账合计 / the ledger's totals after it") SpendingTotals totals) {

        static BookingView of(LedgerWriter.Booked booked) {
            Ledger.CommittedBatch batch = booked.batch();
            return new BookingView(batch.batchId(), batch.kind(), batch.fileName(), batch.entryCount(), batch.total(),
                    booked.totals());
        }
    }

    @Schema(description = "台账汇总 / ledger summary")
    record LedgerSummary(
            @Schema(description = "项目标识 / project id") String projectId,
            @Schema(description = "预算年度 / budget year") int year,
            @Schema(description = "全年执行数（元）/ executed in the year, yuan") Yuan executed,
            @Schema(description = "明细笔数 / entries") long entryCount,
            @Schema(description = "按经济分类 / per classification") List<ClassificationTotal> byClassification,
            @Schema(description = "按月（1–12 月）/ per month") List<MonthTotal> byMonth,
            @Schema(description = "全年预算数（元），预算未录入时为空 / full-year budget, empty until entered") Yuan fullYearBudget,
            @Schema(description = "执行率（%）= 全年执行数 ÷ 全年预算数，两位小数；预算未录入时为空 / execution rate, %") BigDecimal executionRate) {
    }

    @Schema(description = "绩效监控：支出进度 / in-year monitoring of spending progress")
    record ProgressView(
            @Schema(description = "监控月份 / month") int month,
            @Schema(description = "截至该月末的执行数（元）/ spent up to the end of the month") Yuan executed,
            @Schema(description = "全年预算数（元）/ full-year budget") Yuan fullYearBudget,
            @Schema(description = "进度 =（执行数 ÷ 全年预算数）÷（月份 ÷ 12）× 100，两位小数 / progress") BigDecimal progress,
            @Schema(description = "红灯 < 60，黄灯 60–80，绿灯 ≥ 80 / RED below 60, YELLOW 60 to 80, GREEN from 80") MonitoringLight light,
            @Schema(description = "信号灯 / light, in Chinese", example = "绿灯") String lightLabel) {

        static ProgressView of(SpendingProgress progress) {
            return new ProgressView(progress.month(), progress.executed(), progress.fullYearBudget(), progress.progress(),
                    progress.light(), progress.light().label());
        }
    }
}
