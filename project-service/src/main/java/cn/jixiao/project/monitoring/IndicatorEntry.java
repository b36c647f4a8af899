package cn.jixiao.project.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the street enters for one indicator in a round. */
@Schema(description = "指标监控填报 / one indicator's progress as entered")
public record IndicatorEntry(
        @Schema(description = "指标编号 / indicator id") @NotBlank String indicatorId,
        @Schema(description = "当前完成值 / progress to date", example = "3次") @Size(max = 200) String progress,
        @Schema(description = "全年预计完成值 / expected full-year value", example = "8次") @Size(max = 200) String expected,
        @Schema(description = "偏差原因 / cause") @Size(max = 2000) String cause,
        @Schema(description = "纠偏措施 / corrective measure") @Size(max = 2000) String measure) {

    public IndicatorEntry {
        progress = Explanation.blankToNull(progress);
        expected = Explanation.blankToNull(expected);
        cause = Explanation.blankToNull(cause);
        measure = Explanation.blankToNull(measure);
    }

    static IndicatorEntry blank(String indicatorId) {
        return new IndicatorEntry(indicatorId, null, null, null, null);
    }

    Explanation explanation() {
        return new Explanation(cause, measure);
    }
}
