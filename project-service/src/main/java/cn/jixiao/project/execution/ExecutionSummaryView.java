package cn.jixiao.project.execution;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;

/**
 * 全年执行数 as a summary figure, as the API shows it: in 元 and in 万元, with where it was taken from; every field
 * but the project id empty while none has been entered.
 */
@Schema(description = "全年执行数（汇总数）/ 全年执行数 as a summary figure")
public record ExecutionSummaryView(
        @Schema(description = "项目标识 / project id") String projectId,
        @Schema(description = "全年执行数（元）/ executed, yuan", example = "1856300.00") Yuan executed,
        @Schema(description = "全年执行数（万元，两位小数，四舍五入）/ executed, 万元", example = "185.63") BigDecimal executedWan,
        @Schema(description = "来源代码 / source") ExecutionSource source,
        @Schema(description = "来源名称，“其他”时为写明的来源 / the source as printed", example = "部门决算") String sourceLabel,
        @Schema(description = "来源为“其他”时写明的来源 / the source named in words") String sourceDetail,
        @Schema(description = "说明 / note") String note,
        @Schema(description = "表单与报告中的标注 / how the form and the report mark it",
                example = "全年执行数为汇总数，来源：部门决算") String marking,
        @Schema(description = "最后修改人 / last changed by") String updatedBy,
        @Schema(description = "最后修改时间 / last changed at") Instant updatedAt,
        @Schema(description = "版本号，修改时原样提交 / version, send it back when changing") Long version) {

    /** Nothing entered yet: the street keeps its ledger here, or has not entered the figure. */
    static ExecutionSummaryView notEntered(String projectId) {
        return new ExecutionSummaryView(projectId, null, null, null, null, null, null, null, null, null, null);
    }

    static ExecutionSummaryView of(ExecutionSummary stored) {
        String label = stored.snapshot(0).sourceLabel();
        return new ExecutionSummaryView(stored.id(), stored.executed(), stored.executed().inWan(), stored.source(),
                label, stored.sourceDetail(), stored.note(), "全年执行数为汇总数，来源：" + label,
                stored.updatedBy(), stored.updatedAt(), stored.version());
    }
}
