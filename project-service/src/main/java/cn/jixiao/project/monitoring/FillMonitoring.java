package cn.jixiao.project.monitoring;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The street's entries on a 绩效监控表, based on the version read ({@code null} before the first save): the whole
 * form each time, so what is stored is what the person saw and sent.
 */
@Schema(description = "填报绩效监控表 / fill the monitoring form")
public record FillMonitoring(
        @Schema(description = "读取时的版本号，首次填报为空 / the version read, empty the first time") Long version,
        @Schema(description = "支出进度的偏差原因与纠偏措施 / the spending line's explanation") @Valid Explanation spending,
        @Schema(description = "各指标的当前完成值、全年预计完成值及偏差说明 / per indicator") @Valid @Size(max = 500)
        List<IndicatorEntry> indicators) {

    public FillMonitoring {
        spending = spending == null ? Explanation.NONE : spending;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
