package cn.jixiao.project.execution;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jixiao.contracts.project.ExecutionSource;

/** 全年执行数 as a summary figure with its source, as a street without a ledger in Jixiao enters it. */
@Schema(description = "录入全年执行数（汇总数）及其来源 / enter 全年执行数 as a summary figure with its source")
public record ReportExecutionSummary(
        @Schema(description = "读取时的版本号；首次录入时不填。他人已修改则返回 409 / the version read; omit the first time."
                + " 409 if someone else changed it meanwhile")
        Long version,
        @Schema(description = "全年执行数（元，最多两位小数，与预算录入相同）/ executed in yuan, at most two decimals, as the budget",
                example = "1856300.00")
        @NotNull BigDecimal executed,
        @Schema(description = "来源：FINAL_ACCOUNTS 部门决算、FINANCIAL_ACCOUNTS 财务账、TREASURY_PAYMENT_SYSTEM 国库集中支付系统、"
                + "OTHER 其他（须在 sourceDetail 中写明）/ the source; OTHER needs sourceDetail")
        @NotNull ExecutionSource source,
        @Schema(description = "来源为“其他”时写明来源 / the source named in words, for OTHER", example = "街道资金台账")
        @Size(max = 100) String sourceDetail,
        @Schema(description = "说明（可选）/ optional note", example = "据2023年度部门决算表项目支出数填列")
        @Size(max = 500) String note) {
}
