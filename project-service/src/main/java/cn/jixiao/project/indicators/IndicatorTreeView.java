package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;

/**
 * A project's indicators grouped as the form prints them (一级 → 二级 → 三级), each level with the sum of the
 * weights entered, and what is still missing: per line and in a summary. A draft saves incomplete; the missing
 * cells become blocking items at submission. Whether the sums fit the evaluation template is shown by
 * evaluation-service with the score, since templates are its own.
 */
@Schema(description = "绩效指标体系 / the indicator tree")
public record IndicatorTreeView(
        @Schema(description = "项目标识 / project") String projectId,
        @Schema(description = "版本号，修改时原样提交；尚未设定时为空 / version, send it back when changing; empty before "
                + "the first definition") Long version,
        @Schema(description = "修订号，每次修改加一 / revision, one more with every change") long revision,
        @Schema(description = "一级指标 / first-level categories") List<CategoryView> categories,
        @Schema(description = "完整性：尚缺的年度指标值、分值、实际完成值 / completeness: missing targets, weights, actuals")
        Completeness completeness) {

    @Schema(description = "一级指标 / a first-level category")
    public record CategoryView(
            @Schema(description = "一级指标 / category", example = "OUTPUT") IndicatorCategory category,
            @Schema(description = "名称 / label", example = "产出指标") String label,
            @Schema(description = "已填分值之和 / sum of the weights entered") BigDecimal weight,
            @Schema(description = "二级指标 / its second-level dimensions") List<DimensionView> dimensions) {
    }

    @Schema(description = "二级指标 / a second-level dimension")
    public record DimensionView(
            @Schema(description = "二级指标 / dimension", example = "QUANTITY") IndicatorDimension dimension,
            @Schema(description = "名称 / label", example = "数量指标") String label,
            @Schema(description = "已填分值合计 / sum of the weights entered") BigDecimal weight,
            @Schema(description = "三级指标 / its third-level indicators") List<IndicatorView> indicators) {
    }

    @Schema(description = "三级指标 / a third-level indicator")
    public record IndicatorView(
            @Schema(description = "指标编号 / id") String id,
            @Schema(description = "三级指标 / name") String name,
            @Schema(description = "年度指标值（原文与解析结果），尚未填写时为空 / target as written and parsed, empty while "
                    + "blank") Target target,
            @Schema(description = "指标性质 ≥ ≤ = 或 区间；定性指标或按模板默认方向时为空 / comparison, empty when qualitative "
                    + "or left to the template's default direction") String comparison,
            @Schema(description = "指标方向；按模板默认方向时为空 / direction, empty when the template's default applies",
                    example = "POSITIVE") IndicatorDirection direction,
            @Schema(description = "指标方向 / direction label", example = "正向") String directionLabel,
            @Schema(description = "方向由何决定：TARGET 年度指标值的比较符号、ENTERED 所填方向、TEMPLATE_DEFAULT 评价模板的默认方向 / "
                    + "what decided the direction") DirectionSource directionSource,
            @Schema(description = "分值，尚未填写时为空 / weight, empty while blank") BigDecimal weight,
            @Schema(description = "数据来源 / data source") String dataSource,
            @Schema(description = "不适用（表上印作“/”）/ not applicable (printed \"/\")") boolean notApplicable,
            @Schema(description = "实际完成值，尚未填报时为空 / actual, empty until reported") ReportedActual actual,
            @Schema(description = "实际完成值读作，如 100 读作 100% / the actual as read, e.g. 100 reads as 100%",
                    example = "100%") String actualReadAs,
            @Schema(description = "是否达到年度指标值；无法判断时为空 / whether the target was reached; empty when it "
                    + "cannot be told here") Boolean reached,
            @Schema(description = "尚缺的单元格 / the cells still blank") List<Indicator.Missing> missing) {

        public static IndicatorView of(Indicator indicator) {
            Target target = indicator.target();
            DirectionSource source = Objects.requireNonNullElse(indicator.directionSource(), DirectionSource.ENTERED);
            return new IndicatorView(indicator.id(), indicator.name(), target,
                    target == null || target.comparator() == null ? null
                            : TargetComparator.valueOf(target.comparator()).symbol(),
                    indicator.direction(), directionLabel(indicator.direction(), target, indicator.leftToTemplateDirection()), source, indicator.weight(),
                    indicator.dataSource(), indicator.markedNotApplicable(), indicator.actual(), readAs(indicator.actual()),
                    Attainment.reached(indicator), indicator.missing());
        }

        /** 正向 etc.; a range without a direction entered is scored as 区间; none at all is the template's default. */
        private static String directionLabel(IndicatorDirection direction, Target target, boolean templateDefault) {
            if (direction != null) {
                return direction.label();
            }
            if (target != null && TargetComparator.RANGE.name().equals(target.comparator())) {
                return TargetComparator.RANGE.symbol();
            }
            return templateDefault ? "按评价模板的默认方向" : null;
        }

        private static String readAs(ReportedActual actual) {
            return actual == null || actual.value() == null ? null
                    : actual.value().toPlainString() + Objects.requireNonNullElse(actual.unit(), "");
        }
    }

    /**
     * What the tree still misses, listed by line. {@code complete} when nothing is missing; a 不适用 line
     * misses nothing.
     */
    @Schema(description = "完整性 / completeness")
    public record Completeness(
            @Schema(description = "无缺项 / nothing missing") boolean complete,
            @Schema(description = "缺年度指标值的指标 / lines missing their target") List<MissingLine> missingTargets,
            @Schema(description = "缺分值的指标 / lines missing their weight") List<MissingLine> missingWeights,
            @Schema(description = "缺实际完成值的指标 / lines missing their actual") List<MissingLine> missingActuals,
            @Schema(description = "不适用的指标 / lines marked not applicable") List<MissingLine> notApplicable,
            @Schema(description = "按评价模板默认方向计分的指标 / lines left to the template's default direction")
            List<MissingLine> templateDefaultDirection,
            @Schema(description = "实际完成值为文字、由评价人判断的指标 / numeric lines whose actual is words, for the "
                    + "evaluator to judge") List<MissingLine> actualsForJudgement) {

        static Completeness of(List<Indicator> indicators) {
            List<MissingLine> targets = lines(indicators, indicator -> indicator.missing().contains(Indicator.Missing.TARGET));
            List<MissingLine> weights = lines(indicators, indicator -> indicator.missing().contains(Indicator.Missing.WEIGHT));
            List<MissingLine> actuals = lines(indicators, indicator -> indicator.missing().contains(Indicator.Missing.ACTUAL));
            return new Completeness(indicators.size() > 0 && targets.isEmpty() && weights.isEmpty() && actuals.isEmpty(),
                    targets, weights, actuals, lines(indicators, Indicator::markedNotApplicable),
                    lines(indicators, Indicator::leftToTemplateDirection),
                    lines(indicators, indicator -> indicator.actual() != null && indicator.actual().reading()
                            == ActualReadingKind.TEXT_ON_NUMERIC_TARGET));
        }

        private static List<MissingLine> lines(List<Indicator> indicators, Predicate<Indicator> which) {
            return indicators.stream().filter(which).map(MissingLine::of).toList();
        }
    }

    @Schema(description = "指标行 / a line of the tree")
    public record MissingLine(
            @Schema(description = "指标编号 / id") String id,
            @Schema(description = "一级指标 / category") String category,
            @Schema(description = "二级指标 / dimension") String dimension,
            @Schema(description = "三级指标 / name") String name) {

        static MissingLine of(Indicator indicator) {
            return new MissingLine(indicator.id(), indicator.category().label(), indicator.dimension().label(),
                    indicator.name());
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
        return new IndicatorTreeView(system.projectId(), system.version(), system.revision(), categories,
                Completeness.of(system.indicators()));
    }

    /** Two decimals, as the form prints a category's points; blank weights count for nothing yet. */
    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static List<DimensionView> dimensions(List<Indicator> indicators, IndicatorCategory category) {
        return Arrays.stream(IndicatorDimension.values()).filter(dimension -> dimension.category() == category)
                .map(dimension -> indicators.stream().filter(indicator -> indicator.dimension() == dimension).toList())
                .filter(inDimension -> !inDimension.isEmpty())
                .map(inDimension -> new DimensionView(inDimension.get(0).dimension(), inDimension.get(0).dimension().label(),
                        sum(inDimension), inDimension.stream().map(IndicatorView::of).toList()))
                .toList();
    }
}
