package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemHandling.FieldProblem;

/**
 * What makes a set of indicators consistent, before their weights are compared with the template:
 * <ul>
 *   <li>the 二级指标 belongs to the 一级指标 it is filed under;</li>
 *   <li>the target reads ({@link TargetParser}); a 定性 indicator has a qualitative target and every other
 *       direction a number;</li>
 *   <li>a written comparator agrees with the direction: 正向 ≥, 反向 ≤, 等于 =; a range suits any of them.
 *       A 反向 indicator (lower is better) with "≥95%" cannot be scored and is refused;</li>
 *   <li>the weight (分值) is above 0 with at most two decimals;</li>
 *   <li>ids are unique, and one 二级指标 does not hold two indicators of the same name.</li>
 * </ul>
 * Every problem is reported at once, with the field it is about, so the street fixes them in one go.
 */
public final class IndicatorRules {

    private static final Map<IndicatorDirection, Set<TargetComparator>> COMPARATORS = Map.of(
            IndicatorDirection.POSITIVE, EnumSet.of(TargetComparator.GE, TargetComparator.RANGE),
            IndicatorDirection.NEGATIVE, EnumSet.of(TargetComparator.LE, TargetComparator.RANGE),
            IndicatorDirection.EQUAL, EnumSet.of(TargetComparator.EQ, TargetComparator.RANGE));

    private IndicatorRules() {
    }

    /** The indicators as they will be stored (without actuals), and the problems that stop them being stored. */
    public record Checked(List<Indicator> indicators, List<FieldProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Checks indicators that all carry an id (new ones get theirs before the check). */
    public static Checked check(List<IndicatorInput> inputs) {
        List<Indicator> indicators = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput input = inputs.get(i);
            Problems found = new Problems(i, problems);
            if (input.dimension().category() != input.category()) {
                found.add("dimension", input.dimension(), Bilingual.of(
                        "二级指标“" + input.dimension().label() + "”属于“" + input.dimension().category().label()
                                + "”，不属于“" + input.category().label() + "”",
                        input.dimension() + " belongs to " + input.dimension().category() + ", not to " + input.category()));
            }
            if (!ids.add(input.id())) {
                found.add("id", input.id(), Bilingual.of("指标编号重复", "The id is used twice"));
            }
            if (!names.add(input.dimension() + "/" + input.name().strip())) {
                found.add("name", input.name(), Bilingual.of(
                        "同一二级指标下已有同名的三级指标", "Another indicator of the same dimension has this name"));
            }
            checkWeight(input.weight(), found);
            TargetReading target = readTarget(input, found);
            if (!found.any()) {
                indicators.add(new Indicator(input.id(), input.dimension(), input.name().strip(),
                        target.toTarget(input.direction()), input.direction(), input.weight().setScale(2),
                        blankToNull(input.dataSource()), null));
            }
        }
        return new Checked(List.copyOf(indicators), List.copyOf(problems));
    }

    private static TargetReading readTarget(IndicatorInput input, Problems found) {
        TargetReading target;
        try {
            target = TargetParser.parseTarget(input.target());
        } catch (UnreadableValue unreadable) {
            found.add("target", input.target(), unreadable.reason());
            return null;
        }
        IndicatorDirection direction = input.direction();
        String label = direction.label();
        if (direction == IndicatorDirection.QUALITATIVE && !target.isQualitative()) {
            found.add("target", input.target(), Bilingual.of(
                    "定性指标的年度指标值应为文字描述（如 按时完成），“" + target.text() + "”是数值；否则请将指标方向改为正向、反向或等于",
                    "A qualitative indicator's target is a statement (e.g. 按时完成), \"" + target.text()
                            + "\" is a number; or choose a quantitative direction"));
        } else if (direction != IndicatorDirection.QUALITATIVE && target.isQualitative()) {
            found.add("target", input.target(), Bilingual.of(
                    label + "指标的年度指标值应为数值（如 ≥95%、≤10天），“" + target.text() + "”是文字描述；否则请将指标方向改为定性",
                    "A " + direction + " indicator's target is a number (e.g. ≥95%, ≤10天), \"" + target.text()
                            + "\" is a statement; or choose the qualitative direction"));
        } else if (!target.isQualitative() && !COMPARATORS.get(direction).contains(target.comparator(direction))) {
            TargetComparator written = target.comparator(direction);
            found.add("target", input.target(), Bilingual.of(
                    label + "指标应写作 " + TargetComparator.implied(direction).symbol() + "（或区间），与“"
                            + target.text() + "”的 " + written.symbol() + " 相互矛盾",
                    "A " + direction + " indicator compares " + TargetComparator.implied(direction).symbol()
                            + " (or a range), which contradicts the " + written.symbol() + " of \"" + target.text() + "\""));
        }
        return target;
    }

    private static void checkWeight(BigDecimal weight, Problems found) {
        if (weight.signum() <= 0) {
            found.add("weight", weight, Bilingual.of("分值应大于 0", "The weight must be above 0"));
        } else if (weight.stripTrailingZeros().scale() > 2) {
            found.add("weight", weight, Bilingual.of("分值最多保留两位小数", "The weight has at most two decimals"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The problems of the indicator at one index, added to the whole list. */
    private static final class Problems {

        private final int index;
        private final List<FieldProblem> all;
        private boolean any;

        Problems(int index, List<FieldProblem> all) {
            this.index = index;
            this.all = all;
        }

        void add(String field, Object value, Bilingual reason) {
            all.add(new FieldProblem("indicators[" + index + "]." + field, reason.combined(), value));
            any = true;
        }

        boolean any() {
            return any;
        }
    }
}
