package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * One third-level indicator as the street enters it from the printed form. A draft line may leave its target,
 * direction and weight blank; a line printed "/" is 不适用. Which values are consistent with each other (the
 * dimension's category, the direction and the target's comparator, the weight) is checked by
 * {@link IndicatorRules}.
 */
@Schema(description = "三级指标 / a third-level indicator")
public record IndicatorInput(
        @Schema(description = "指标编号：修改已有指标时原样提交，新增指标可留空由系统生成 / id: send it back for an existing "
                + "indicator, leave it empty for a new one", example = "jc-activities")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String id,
        @Schema(description = "一级指标 / first level", example = "OUTPUT") @NotNull IndicatorCategory category,
        @Schema(description = "二级指标，须属于所选一级指标 / second level, within the first", example = "QUANTITY")
        @NotNull IndicatorDimension dimension,
        @Schema(description = "三级指标名称 / name", example = "开展民族团结进步主题活动次数")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "年度指标值，如 ≥10次、≤202.6万元、90%-95%、按时完成；可暂不填写（列为缺项），“/”表示不适用 / "
                + "target as written; may be left blank (listed as missing), \"/\" marks the line not applicable",
                example = "≥10次") @Size(max = TargetParser.MAX_LENGTH) String target,
        @Schema(description = "指标方向：POSITIVE 正向、NEGATIVE 反向、EQUAL 等于、QUALITATIVE 定性；年度指标值写有 ≥ ≤ = 时由其"
                + "决定（矛盾则拒绝），不填且无比较符号时按评价模板的默认方向 / direction: decided by the comparator "
                + "written in the target (a contradiction is refused); empty without one: the template's default",
                example = "POSITIVE") IndicatorDirection direction,
        @Schema(description = "分值，大于 0，最多两位小数；可暂不填写（列为缺项）/ weight, > 0, two decimals at most; may be "
                + "left blank (listed as missing)", example = "20") BigDecimal weight,
        @Schema(description = "数据来源 / data source", example = "活动台账及签到记录") @Size(max = 200) String dataSource,
        @Schema(description = "不适用（表上印作“/”的行），不计分值 / not applicable (a line printed \"/\"), without weight")
        Boolean notApplicable) {

    /** A line without the 不适用 mark (it may still be marked by a "/" target). */
    public IndicatorInput(String id, IndicatorCategory category, IndicatorDimension dimension, String name,
                          String target, IndicatorDirection direction, BigDecimal weight, String dataSource) {
        this(id, category, dimension, name, target, direction, weight, dataSource, null);
    }

    public IndicatorInput withId(String newId) {
        return new IndicatorInput(newId, category, dimension, name, target, direction, weight, dataSource, notApplicable);
    }
}
