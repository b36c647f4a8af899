package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;

/**
 * A project's indicators grouped as the form prints them (一级 → 二级 → 三级), each level with the sum of its
 * weights. Whether those sums fit the evaluation template is shown by evaluation-service with the score (as
 * blocking items), since templates are its own.
 */
@Schema(description = "绩效指标体系 / the indicator tree")
public record IndicatorTreeView(
        @Schema(description = "项目标识 / project") String projectId,
        @Schema(description = "版本号，修改时原样提交；尚未设定时为空 / version, send it back when changing; empty before "
                + "the first definition") Long version,
        @Schema(description = "修订号，每次修改加一 / revision, one more with every change") long revision,
        @Schema(description = "一级指标 / first-level categories") List<CategoryView> categories) {

    @Schema(description = "一级指标 / a first-level category")
    public record CategoryView(
            @Schema(description = "一级指标 / category", example = "OUTPUT") IndicatorCategory category,
            @Schema(description = "名称 / label", example = "产出指标") String label,
            @Schema(description = "三级指标分值之和 / sum of the weights") BigDecimal weight,
            @Schema(description = "二级指标 / its second-level dimensions") List<DimensionView> dimensions) {
    }

    @Schema(description = "二级指标 / a second-level dimension")
    public record DimensionView(
            @Schema(description = "二级指标 / dimension", example = "QUANTITY") IndicatorDimension dimension,
            @Schema(description = "名称 / label", example = "数量指标") String label,
            @Schema(description = "分值合计 / sum of the weights") BigDecimal weight,
            @Schema(description = "三级指标 / its third-level indicators") List<IndicatorView> indicators) {
    }

    @Schema(description = "三级指标 / a third-level indicator")
    public record IndicatorView(
            @Schema(description = "指标编号 / id") String id,
            @Schema(description = "三级指标 / name") String name,
            @Schema(description = "年度指标值（原文与解析结果）/ target as written and parsed") Target target,
            @Schema(description = "指标性质 ≥ ≤ = 或 区间；定性指标为空 / comparison, empty when qualitative") String comparison,
            @Schema(description = "指标方向 / direction", example = "POSITIVE") IndicatorDirection direction,
            @Schema(description = "指标方向 / direction label", example = "正向") String directionLabel,
            @Schema(description = "分值 / weight") BigDecimal weight,
            @Schema(description = "数据来源 / data source") String dataSource,
            @Schema(description = "实际完成值，尚未填报时为空 / actual, empty until reported") ReportedActual actual,
            @Schema(description = "是否达到年度指标值；定性指标或尚未填报时为空 / whether the target was reached; empty "
                    + "when qualitative or not reported") Boolean reached) {

        static IndicatorView of(Indicator indicator) {
            Target target = indicator.target();
            return new IndicatorView(indicator.id(), indicator.name(), target,
                    target.comparator() == null ? null : TargetComparator.valueOf(target.comparator()).symbol(),
                    indicator.direction(), indicator.direction().label(), indicator.weight(), indicator.dataSource(),
                    indicator.actual(), Attainment.reached(indicator));
        }
    }

    /** The categories that have indicators, in the form's order. */
    static IndicatorTreeView of(IndicatorSystem system) {
        List<CategoryView> categories = Arrays.stream(IndicatorCategory.values())
                .map(category -> system.indicators().stream().filter(indicator -> indicator.category() == category).toList())
                .filter(inCategory -> !inCategory.isEmpty())
                .map(inCategory -> new CategoryView(inCategory.get(0).category(), inCategory.get(0).category().label(),
                        sum(inCategory), dimensions(inCategory, inCategory.get(0).category())))
                .toList();
        return new IndicatorTreeView(system.projectId(), system.version(), system.revision(), categories);
    }

    /** Two decimals, as the form prints a category's points. */
    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static List<DimensionView> dimensions(List<Indicator> indicators, IndicatorCategory category) {
        return Arrays.stream(IndicatorDimension.values()).filter(dimension -> dimension.category() == category)
                .map(dimension -> indicators.stream().filter(indicator -> indicator.dimension() == dimension).toList())
                .filter(inDimension -> !inDimension.isEmpty())
                .map(inDimension -> new DimensionView(inDimension.get(0).dimension(), inDimension.get(0).dimension().label(),
                        inDimension.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                        inDimension.stream().map(IndicatorView::of).toList()))
                .toList();
    }
}
