package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.project.budget.MonthlyPlan;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.UnreadableValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * 双监控's deviation rules, without a service: Panlong's mid-year round (as of 30 June, margin 10 points) on Jinchen's
 * project with a budget of 2,000,000, ≥10 activities and ≥90% satisfaction.
 */
class MonitoringRulesTest {

    private static final MonitoringRound MID_YEAR = new MonitoringRound("r1", "2023年年中绩效监控", 2023,
            LocalDate.parse("2023-06-30"), LocalDate.parse("2023-07-31"), BigDecimal.TEN, "panlong-overseer",
            Instant.parse("2023-07-01T01:00:00Z"));
    private static final Optional<Yuan> BUDGET = Optional.of(Yuan.parse("2000000"));
    private static final Optional<MonthlyPlan> NO_PLAN = Optional.empty();
    /** Most of the money goes out after the summer's procurement: 20 % planned by the end of June. */
    private static final Optional<MonthlyPlan> BACK_LOADED = Optional.of(new MonthlyPlan(List.of(
            new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("8"), new BigDecimal("12"), new BigDecimal("16"),
            new BigDecimal("20"), new BigDecimal("40"), new BigDecimal("60"), new BigDecimal("75"), new BigDecimal("85"),
            new BigDecimal("95"), new BigDecimal("100"))));

    private static final Indicator ACTIVITIES = indicator("jc-activities", IndicatorDimension.QUANTITY,
            "开展民族团结进步主题活动次数", new Target("≥10次", "GE", new BigDecimal("10"), null, "次"), false);
    private static final Indicator SATISFACTION = indicator("jc-satisfaction",
            IndicatorDimension.BENEFICIARY_SATISFACTION, "群众满意度",
            new Target("≥90%", "GE", new BigDecimal("90"), null, "%"), false);
    private static final Indicator ATMOSPHERE = indicator("jc-atmosphere", IndicatorDimension.SOCIAL_BENEFIT,
            "民族团结氛围", new Target("明显改善", null, null, null, null), false);
    private static final Indicator NOT_APPLICABLE = indicator("jc-cost", IndicatorDimension.ECONOMIC_COST, "成本指标", null, true);

    @Test
    void spendingBehindTheLinearPlanByMoreThanTwiceTheMarginIsRedAndTheFormSaysThePlanIsLinear() {
        MonitoringLines.SpendingLine line = MonitoringRules.spendingLine(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("580000"),
                Explanation.NONE);

        assertThat(line.executionRate().toPlainString()).isEqualTo("29.00");
        assertThat(line.plannedPercent().toPlainString()).isEqualTo("50.00");
        assertThat(line.behindPoints().toPlainString()).isEqualTo("21.00");
        assertThat(line.light()).isEqualTo(MonitoringLight.RED);
        assertThat(line.lightLabel()).isEqualTo("红灯");
        assertThat(line.plan()).isEqualTo("LINEAR");
        assertThat(line.planNote()).contains("按全年均衡支出计算（6÷12）");
        assertThat(line.rule()).contains("落后 21.00 个百分点");
    }

    @Test
    void spendingWithinTheMarginIsGreenAndBeyondItYellow() {
        assertThat(MonitoringRules.spendingLine(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("800000"), Explanation.NONE).light())
                .isEqualTo(MonitoringLight.GREEN);
        assertThat(MonitoringRules.spendingLine(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("700000"), Explanation.NONE).light())
                .isEqualTo(MonitoringLight.YELLOW);
    }

    @Test
    void aBudgetsMonthlyPlanReplacesTheLinearCurveAndTheFormSaysSo() {
        // 29.00 % spent against 20 % planned by the end of June: ahead of the plan
        MonitoringLines.SpendingLine line = MonitoringRules.spendingLine(MID_YEAR, BUDGET, BACK_LOADED,
                Yuan.parse("580000"), Explanation.NONE);

        assertThat(line.plan()).isEqualTo("MONTHLY");
        assertThat(line.plannedPercent().toPlainString()).isEqualTo("20.00");
        assertThat(line.behindPoints().toPlainString()).isEqualTo("-9.00");
        assertThat(line.light()).isEqualTo(MonitoringLight.GREEN);
        assertThat(line.planNote()).isEqualTo("按预算的分月支出计划，截至 6 月末累计计划支出 20%");
    }

    @Test
    void withoutABudgetThereIsNoRateAndNoLight() {
        MonitoringLines.SpendingLine line = MonitoringRules.spendingLine(MID_YEAR, Optional.empty(), NO_PLAN,
                Yuan.parse("1000"), Explanation.NONE);

        assertThat(line.light()).isNull();
        assertThat(line.executionRate()).isNull();
        assertThat(line.executed()).isEqualTo(Yuan.parse("1000"));
        assertThat(line.rule()).contains("尚未录入全年预算数");
        assertThat(MonitoringRules.spendingLine(MID_YEAR, Optional.of(Yuan.ZERO), NO_PLAN, Yuan.ZERO, Explanation.NONE).light())
                .isNull();
    }

    @Test
    void anExpectedValueThatMissesItsTargetIsRedOneThatReachesItGreen() {
        assertThat(light(ACTIVITIES, "8次")).isEqualTo(MonitoringLight.RED);
        assertThat(light(ACTIVITIES, "10次")).isEqualTo(MonitoringLight.GREEN);
        // a bare number is read in the target's unit, as an actual would be
        assertThat(light(ACTIVITIES, "12")).isEqualTo(MonitoringLight.GREEN);
        assertThat(light(SATISFACTION, "89.5%")).isEqualTo(MonitoringLight.RED);
    }

    @Test
    void noExpectedValueIsYellowUntilEntered() {
        MonitoringLines.IndicatorLine line = MonitoringRules.indicatorLine(ACTIVITIES,
                new IndicatorEntry("jc-activities", "3次", null, null, null));

        assertThat(line.light()).isEqualTo(MonitoringLight.YELLOW);
        assertThat(line.rule()).isEqualTo("尚未填写全年预计完成值");
        assertThat(line.target()).isEqualTo("≥10次");
        assertThat(line.progress()).isEqualTo("3次");
    }

    @Test
    void aQualitativeTargetCannotBeJudgedByRuleAndIsLeftToTheDistrict() {
        MonitoringLines.IndicatorLine line = MonitoringRules.indicatorLine(ATMOSPHERE,
                new IndicatorEntry("jc-atmosphere", null, "预计明显改善", null, null));

        assertThat(line.light()).isEqualTo(MonitoringLight.GREEN);
        assertThat(line.rule()).contains("由区审核判断");
    }

    @Test
    void anExpectedValueInAnotherMeasureIsRefusedWithTheReason() {
        assertThatThrownBy(() -> MonitoringRules.expectedOf(SATISFACTION, "30天"))
                .isInstanceOf(UnreadableValue.class);
    }

    @Test
    void theFormHasALinePerIndicatorInForceExceptNotApplicableOnes() {
        MonitoringLines lines = MonitoringRules.lines(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("1000000"),
                List.of(ACTIVITIES, NOT_APPLICABLE, SATISFACTION), Explanation.NONE,
                Map.of("jc-activities", new IndicatorEntry("jc-activities", "5次", "10次", null, null)));

        assertThat(lines.indicators()).extracting(MonitoringLines.IndicatorLine::indicatorId,
                        MonitoringLines.IndicatorLine::light)
                .containsExactly(tuple("jc-activities", MonitoringLight.GREEN),
                        tuple("jc-satisfaction", MonitoringLight.YELLOW));
        assertThat(lines.count(MonitoringLight.YELLOW)).isEqualTo(1);
        assertThat(lines.count(MonitoringLight.RED)).isZero();
    }

    @Test
    void everyRedOrYellowLineNeedsItsCauseAndMeasureEachListedWithItsLine() {
        MonitoringLines lines = MonitoringRules.lines(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("580000"),
                List.of(ACTIVITIES, SATISFACTION), new Explanation("设备采购合同7月签订", null),
                Map.of("jc-activities", new IndicatorEntry("jc-activities", "3次", "8次", null, null),
                        "jc-satisfaction", new IndicatorEntry("jc-satisfaction", null, "95%", null, null)));

        assertThat(MonitoringRules.missing(lines)).extracting(MissingExplanation::line,
                        MissingExplanation::indicatorId, MissingExplanation::light, MissingExplanation::field)
                .containsExactly(tuple("spending", null, MonitoringLight.RED, "measure"),
                        tuple("indicator", "jc-activities", MonitoringLight.RED, "cause"),
                        tuple("indicator", "jc-activities", MonitoringLight.RED, "measure"));
        assertThat(MonitoringRules.missing(lines).get(1).message()).isEqualTo("“开展民族团结进步主题活动次数”为红灯，须填写偏差原因");
        assertThat(MonitoringRules.missing(lines).get(1).messageEn()).contains("red").contains("cause");
    }

    @Test
    void explainedLinesAndGreenLinesNeedNothing() {
        MonitoringLines lines = MonitoringRules.lines(MID_YEAR, BUDGET, NO_PLAN, Yuan.parse("580000"), List.of(ACTIVITIES),
                new Explanation("合同7月签订", "7月底前付款"),
                Map.of("jc-activities", new IndicatorEntry("jc-activities", "3次", "8次", "场地修缮", "借用社区活动室")));

        assertThat(MonitoringRules.missing(lines)).isEmpty();
    }

    private static MonitoringLight light(Indicator indicator, String expected) {
        return MonitoringRules.indicatorLine(indicator,
                new IndicatorEntry(indicator.id(), null, expected, null, null)).light();
    }

    private static Indicator indicator(String id, IndicatorDimension dimension, String name, Target target,
                                       boolean notApplicable) {
        return new Indicator(id, dimension, name, target, target == null || target.isQualitative() ? null
                : IndicatorDirection.POSITIVE, notApplicable ? null : new BigDecimal("10.00"), "台账", null,
                notApplicable, DirectionSource.TARGET);
    }
}
