package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemHandling.FieldProblem;

/**
 * What makes a tree of indicators structurally valid, so that it saves as a draft. What is merely not filled in
 * yet is not a problem here: a blank target or weight is saved and listed as missing ({@link Indicator#missing()}),
 * and a line printed "/" is 不适用. Refused, every problem at once, each naming its cell (row, indicator, column)
 * and what would be accepted:
 * <ul>
 *   <li>a 二级指标 filed under another 一级指标;</li>
 *   <li>a target that cannot be read ({@link TargetParser});</li>
 *   <li>a direction that contradicts the target: the comparator printed in the target decides (≥ 正向, ≤ 反向,
 *       = 等于; a range is scored as 区间 and suits any quantitative direction), a statement is 定性, and a
 *       bare number suits any quantitative direction. A bare number without a direction takes the evaluation
 *       template's default direction, which evaluation-service applies;</li>
 *   <li>a weight (分值) at or below 0 (0 is allowed on a 不适用 line) or with more than two decimals;</li>
 *   <li>ids used twice, and two indicators of the same name in one 二级指标.</li>
 * </ul>
 */
public final class IndicatorRules {

    private IndicatorRules() {
    }

    /**
     * The indicators as they will be stored (without actuals), and the problems that stop them being stored:
     * {@code problems} by field, {@code cells} the same problems by row, indicator and column of the form.
     */
    public record Checked(List<Indicator> indicators, List<FieldProblem> problems, List<CellProblem> cells) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * A refused cell as the form shows it.
     *
     * @param row       the line, counted from 1 in the order sent
     * @param indicator the 三级指标's name
     * @param column    the form's column, e.g. 年度指标值
     * @param value     what was written
     * @param reason    why it is refused and what would be accepted
     */
    public record CellProblem(int row, String indicator, String column, Object value, String reason) {
    }

    /** Checks indicators that all carry an id (new ones get theirs before the check). */
    public static Checked check(List<IndicatorInput> inputs) {
        List<Indicator> indicators = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<CellProblem> cells = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput input = inputs.get(i);
            Problems found = new Problems(i, input.name(), problems, cells);
            if (input.dimension().category() != input.category()) {
                found.add("dimension", "二级指标", input.dimension(), Bilingual.of(
                        "二级指标“" + input.dimension().label() + "”属于“" + input.dimension().category().label()
                                + "”，不属于“" + input.category().label() + "”",
                        input.dimension() + " belongs to " + input.dimension().category() + ", not to " + input.category()));
            }
            if (!ids.add(input.id())) {
                found.add("id", "指标编号", input.id(), Bilingual.of("指标编号重复", "The id is used twice"));
            }
            if (!names.add(input.dimension() + "/" + input.name().strip())) {
                found.add("name", "三级指标", input.name(), Bilingual.of(
                        "同一二级指标下已有同名的三级指标", "Another indicator of the same dimension has this name"));
            }
            boolean notApplicable = Boolean.TRUE.equals(input.notApplicable()) || TargetParser.isNotApplicable(input.target());
            checkWeight(input.weight(), notApplicable, found);
            Line line = readLine(input, found);
            if (!found.any()) {
                indicators.add(new Indicator(input.id(), input.dimension(), input.name().strip(), line.target(),
                        line.direction(), input.weight() == null ? null : input.weight().setScale(2),
                        blankToNull(input.dataSource()), null, notApplicable, line.source()));
            }
        }
        return new Checked(List.copyOf(indicators), List.copyOf(problems), List.copyOf(cells));
    }

    /** The target, direction and what decided the direction, as they will be stored. */
    private record Line(Target target, IndicatorDirection direction, DirectionSource source) {

        static Line unwritten(Target target, IndicatorDirection entered) {
            return new Line(target, entered, entered == null ? DirectionSource.TEMPLATE_DEFAULT : DirectionSource.ENTERED);
        }
    }

    private static Line readLine(IndicatorInput input, Problems found) {
        IndicatorDirection entered = input.direction();
        if (TargetParser.isBlank(input.target())) {
            return Line.unwritten(null, entered);
        }
        if (TargetParser.isNotApplicable(input.target())) {
            return Line.unwritten(new Target(input.target().strip(), null, null, null, null), entered);
        }
        TargetReading target;
        try {
            target = TargetParser.parseTarget(input.target());
        } catch (UnreadableValue unreadable) {
            found.add("target", "年度指标值", input.target(), unreadable.reason());
            return null;
        }
        if (target.isQualitative()) {
            if (entered != null && entered != IndicatorDirection.QUALITATIVE) {
                found.add("target", "年度指标值", input.target(), Bilingual.of(
                        entered.label() + "指标的年度指标值应为数值（如 ≥95%、≤10天），“" + target.text()
                                + "”是文字描述；可接受：指标方向选定性或留空，或将年度指标值写成数值",
                        "A " + entered + " indicator's target is a number (e.g. ≥95%, ≤10天), \"" + target.text()
                                + "\" is a statement; accepted: the qualitative direction or none, or a number"));
            }
            return new Line(target.toTarget(IndicatorDirection.QUALITATIVE), IndicatorDirection.QUALITATIVE,
                    DirectionSource.TARGET);
        }
        if (entered == IndicatorDirection.QUALITATIVE) {
            found.add("target", "年度指标值", input.target(), Bilingual.of(
                    "定性指标的年度指标值应为文字描述（如 按时完成），“" + target.text() + "”是数值；可接受：将指标方向改为"
                            + "正向、反向、等于或留空，或将年度指标值写成文字描述",
                    "A qualitative indicator's target is a statement (e.g. 按时完成), \"" + target.text()
                            + "\" is a number; accepted: a quantitative direction or none, or a statement"));
            return null;
        }
        TargetComparator written = target.written();
        if (written == null) {
            return Line.unwritten(target.toTarget(entered), entered);
        }
        IndicatorDirection decided = written.direction();
        if (decided == null) {
            return new Line(target.toTarget(entered), entered, DirectionSource.TARGET);
        }
        if (entered != null && entered != decided) {
            found.add("direction", "指标方向", entered, Bilingual.of(
                    "指标方向“" + entered.label() + "”与“" + target.text() + "”的 " + written.symbol()
                            + " 相互矛盾（" + written.symbol() + " 即" + decided.label() + "）；可接受：指标方向选"
                            + decided.label() + "或留空（由比较符号决定），或将年度指标值改写为 "
                            + TargetComparator.implied(entered).symbol() + target.value().toPlainString()
                            + (target.unit() == null ? "" : target.unit()),
                    "The direction " + entered + " contradicts the " + written.symbol() + " of \"" + target.text()
                            + "\" (" + written.symbol() + " is " + decided + "); accepted: " + decided
                            + " or no direction (the comparator decides), or the target rewritten as "
                            + TargetComparator.implied(entered).symbol() + target.value().toPlainString()
                            + (target.unit() == null ? "" : target.unit())));
            return null;
        }
        return new Line(target.toTarget(decided), decided, DirectionSource.TARGET);
    }

    private static void checkWeight(BigDecimal weight, boolean notApplicable, Problems found) {
        if (weight == null) {
            return;
        }
        if (weight.signum() < 0 || weight.signum() == 0 && !notApplicable) {
            found.add("weight", "分值", weight, Bilingual.of(
                    "分值应大于 0；尚未确定可暂不填写，不适用的行请在年度指标值填“/”",
                    "The weight must be above 0; leave it blank until known, or write \"/\" as the target of a line "
                            + "that does not apply"));
        } else if (weight.stripTrailingZeros().scale() > 2) {
            found.add("weight", "分值", weight, Bilingual.of("分值最多保留两位小数，如 8.5",
                    "The weight has at most two decimals, e.g. 8.5"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The problems of the indicator at one index, added to the whole list, each naming its cell. */
    private static final class Problems {

        private final int index;
        private final String name;
        private final List<FieldProblem> all;
        private final List<CellProblem> cells;
        private boolean any;

        Problems(int index, String name, List<FieldProblem> all, List<CellProblem> cells) {
            this.index = index;
            this.name = name == null ? "" : name.strip();
            this.all = all;
            this.cells = cells;
        }

        void add(String field, String column, Object value, Bilingual reason) {
            Bilingual named = Bilingual.of("第 " + (index + 1) + " 行“" + name + "”的" + column + "：" + reason.zh(),
                    "Row " + (index + 1) + " \"" + name + "\", " + field + ": " + reason.en());
            all.add(new FieldProblem("indicators[" + index + "]." + field, named.combined(), value));
            cells.add(new CellProblem(index + 1, name, column, value, named.combined()));
            any = true;
        }

        boolean any() {
            return any;
        }
    }
}
