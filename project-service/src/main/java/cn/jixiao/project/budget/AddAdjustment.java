package cn.jixiao.project.budget;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One 追加 or 调减, with the breakdowns as they are once it is made. */
@Schema(description = "新增一笔预算调整 / add one budget adjustment")
public record AddAdjustment(
        @Schema(description = "读取时的版本号，他人已修改则返回 409 / the version read; 409 if someone else changed the budget meanwhile")
        @NotNull Long version,
        @NotNull @Valid AdjustmentRow adjustment,
        @Schema(description = "调整后的资金来源明细：年初数不变，全年数含本次调整 / funding sources after the adjustment:"
                + " initial amounts unchanged, full-year amounts including it")
        @NotNull @Size(max = 10) List<@NotNull @Valid SourceRow> bySource,
        @Schema(description = "调整后的经济分类明细，合计须等于调整后的全年预算数 / classifications after the adjustment;"
                + " must add up to the new full-year budget")
        @NotNull @Size(max = 100) List<@NotNull @Valid ClassificationRow> byClassification) {
}
