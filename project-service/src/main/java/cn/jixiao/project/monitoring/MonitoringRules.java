package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.monitoring.SpendingBehindPlan;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.project.budget.MonthlyPlan;
import cn.jixiao.project.indicators.ActualReading;
import cn.jixiao.project.indicators.ActualRules;
import cn.jixiao.project.indicators.Attainment;
import cn.jixiao.project.indicators.Indicator;

/**
 * 双监控's deviation rules, plain Java: the form's lines and their lights from the figures and what the street
 * entered.
 * <ul>
 *   <li>Spending: the execution rate at the round's date against the planned curve, by {@link SpendingBehindPlan}
 *       with the round's margin: the budget's monthly plan where one was entered, else linear (month ÷ 12); the line
 *       says which. Without a budget above 0 there is no rate and no light.</li>
 *   <li>Each indicator in force that is not 不适用: red when its 全年预计完成值 misses the target (the same
 *       {@link Attainment} rule that tells a reported actual from a missed one, on the value read against the
 *       indicator by {@link ActualRules}); yellow while no expected value is entered; green when it reaches the
 *       target, or when no rule can tell (a qualitative target, words on a numeric one), which the district judges
 *       on review.</li>
 *   <li>A red or yellow line needs its cause and its corrective measure before submission.</li>
 * </ul>
 */
final class MonitoringRules {

    static final String LINEAR = "LINEAR";
    static final String MONTHLY = "MONTHLY";

    private MonitoringRules() {
    }

    static MonitoringLines lines(MonitoringRound round, Optional<Yuan> budget, Optional<MonthlyPlan> plan, Yuan executed,
                                 List<Indicator> inForce, Explanation spending, Map<String, IndicatorEntry> entries) {
        return new MonitoringLines(spendingLine(round, budget, plan, executed, spending),
                inForce.stream().filter(indicator -> !indicator.markedNotApplicable())
                        .map(indicator -> indicatorLine(indicator,
                                entries.getOrDefault(indicator.id(), IndicatorEntry.blank(indicator.id()))))
                        .toList());
    }

    static MonitoringLines.SpendingLine spendingLine(MonitoringRound round, Optional<Yuan> budget,
                                                     Optional<MonthlyPlan> plan, Yuan executed,
                                                     Explanation explanation) {
        int month = round.month();
        // a plan has at most two decimals, as the line shows it
        BigDecimal planned = plan.map(entered -> entered.byEndOf(month)).orElseGet(() -> SpendingBehindPlan.linearPlan(month))
                .setScale(2, RoundingMode.UNNECESSARY);
        String planKind = plan.isPresent() ? MONTHLY : LINEAR;
        String planNote = plan.isPresent()
                ? "按预算的分月支出计划，截至 " + month + " 月末累计计划支出 " + planned.stripTrailingZeros().toPlainString() + "%"
                : "预算未设分月支出计划，按全年均衡支出计算（" + month + "÷12）";
        Optional<Yuan> aboveZero = budget.filter(amount -> amount.amount().signum() > 0);
        if (aboveZero.isEmpty()) {
            return new MonitoringLines.SpendingLine(executed, null, null, planned, planKind, planNote,
                    round.marginPoints(), null, null, null, "尚未录入全年预算数（或为 0），无法计算预算执行率",
                    explanation.cause(), explanation.measure());
        }
        SpendingBehindPlan judged = SpendingBehindPlan.of(executed, aboveZero.get(), planned, round.marginPoints());
        String margin = round.marginPoints().stripTrailingZeros().toPlainString();
        String rule = "预算执行率 " + judged.executionRate().toPlainString() + "%，计划支出进度 "
                + planned.toPlainString() + "%，" + (judged.behindPoints().signum() > 0
                ? "落后 " + judged.behindPoints().toPlainString() + " 个百分点" : "未落后于计划")
                + "（落后超过 " + margin + " 个百分点为黄灯，超过其两倍为红灯）";
        return new MonitoringLines.SpendingLine(executed, aboveZero.get(), judged.executionRate(), planned, planKind,
                planNote, round.marginPoints(), judged.behindPoints(), judged.light(), judged.light().label(), rule,
                explanation.cause(), explanation.measure());
    }

    static MonitoringLines.IndicatorLine indicatorLine(Indicator indicator, IndicatorEntry entry) {
        String target = indicator.target() == null ? null : indicator.target().text();
        MonitoringLight light;
        String rule;
        if (entry.expected() == null) {
            light = MonitoringLight.YELLOW;
            rule = "尚未填写全年预计完成值";
        } else {
            Boolean reaches = Attainment.reaches(indicator.target(), expectedOf(indicator, entry.expected()));
            if (Boolean.FALSE.equals(reaches)) {
                light = MonitoringLight.RED;
                rule = "全年预计完成值“" + entry.expected() + "”未达到年度指标值“" + target + "”";
            } else if (reaches == null) {
                light = MonitoringLight.GREEN;
                rule = "无法按规则比较（定性指标或文字说明），由区审核判断";
            } else {
                light = MonitoringLight.GREEN;
                rule = "全年预计完成值可达到年度指标值";
            }
        }
        return new MonitoringLines.IndicatorLine(indicator.id(), indicator.dimension(), indicator.name(), target,
                entry.progress(), entry.expected(), light, light.label(), rule, entry.cause(), entry.measure());
    }

    /**
     * An expected value read against its indicator as an actual would be; {@link cn.jixiao.project.indicators
     * .UnreadableValue} when it cannot be, which the street is told when it enters it.
     */
    static ActualReading expectedOf(Indicator indicator, String expected) {
        return ActualRules.read(indicator, expected);
    }

    /** Every red or yellow line's missing cause or measure, spending first, then the indicators in order. */
    static List<MissingExplanation> missing(MonitoringLines lines) {
        List<MissingExplanation> missing = new ArrayList<>();
        MonitoringLines.SpendingLine spending = lines.spending();
        if (needsExplanation(spending.light())) {
            addMissing(missing, "spending", null, "预算执行（支出进度）", "spending", spending.light(), spending.cause(),
                    spending.measure());
        }
        for (MonitoringLines.IndicatorLine line : lines.indicators()) {
            if (needsExplanation(line.light())) {
                addMissing(missing, "indicator", line.indicatorId(), line.name(), "indicator \"" + line.name() + "\"",
                        line.light(), line.cause(), line.measure());
            }
        }
        return missing;
    }

    private static boolean needsExplanation(MonitoringLight light) {
        return light == MonitoringLight.RED || light == MonitoringLight.YELLOW;
    }

    private static void addMissing(List<MissingExplanation> missing, String line, String indicatorId, String name,
                                   String nameEn, MonitoringLight light, String cause, String measure) {
        String colour = light == MonitoringLight.RED ? "red" : "yellow";
        if (cause == null) {
            missing.add(new MissingExplanation(line, indicatorId, name, light, "cause",
                    "“" + name + "”为" + light.label() + "，须填写偏差原因",
                    "The " + nameEn + " line is " + colour + " and needs its cause"));
        }
        if (measure == null) {
            missing.add(new MissingExplanation(line, indicatorId, name, light, "measure",
                    "“" + name + "”为" + light.label() + "，须填写纠偏措施",
                    "The " + nameEn + " line is " + colour + " and needs its corrective measure"));
        }
    }
}
