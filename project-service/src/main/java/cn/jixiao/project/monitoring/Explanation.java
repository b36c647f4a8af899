package cn.jixiao.project.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** What a red or yellow line needs before the form may be submitted. */
@Schema(description = "偏差说明 / explanation of a deviation")
public record Explanation(
        @Schema(description = "偏差原因 / cause", example = "设备采购合同7月签订，款项尚未支付") @Size(max = 2000) String cause,
        @Schema(description = "纠偏措施 / corrective measure", example = "7月底前完成设备采购付款") @Size(max = 2000) String measure) {

    static final Explanation NONE = new Explanation(null, null);

    public Explanation {
        cause = blankToNull(cause);
        measure = blankToNull(measure);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
