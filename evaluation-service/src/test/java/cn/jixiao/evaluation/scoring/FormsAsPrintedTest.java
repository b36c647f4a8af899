package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.EqualRule;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.money.Yuan.parse;
import static cn.jixiao.contracts.project.IndicatorDirection.EQUAL;
import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.exactly;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 项目支出绩效自评表 as printed (issue #17), under 预算执行 10 + 绩效指标 90 (产出 60 / 效益 30) with 8-point lines:
 * a "/" row, a bare number read in the target's unit, 百分比 as a unit, a bare target without comparator, 项 against 个,
 * an overspent "=6万元" cost line, a 完成 against a numeric target judged by the evaluator. Then the same form cut
 * off before it was complete, which is scored as far as it goes.
 */
class FormsAsPrintedTest {

    private static final EvaluationTemplate TEN_PLUS_NINETY = ShippedTemplates.performanceNinety();

    private static final Indicator SESSIONS = line(IndicatorDimension.QUANTITY, "a1", "开展培训场次", atLeast("12", "次"), POSITIVE, "8");
    private static final Indicator FACILITIES = line(IndicatorDimension.QUANTITY, "a2", "新增便民设施", atLeast("5", "个"), POSITIVE, "8");
    private static final Indicator PASSED = line(IndicatorDimension.QUALITY, "a3", "验收合格率", atLeast("100", "百分比"), POSITIVE, "8");
    private static final Indicator ON_TIME = new Indicator("a4", IndicatorDimension.TIMELINESS, "按期完工率",
            new Target("100", null, new BigDecimal("100"), null, "%"), null, new BigDecimal("8"), "台账", null,
            DirectionSource.TEMPLATE_DEFAULT);
    private static final Indicator EQUIPMENT = line(IndicatorDimension.OUTPUT_COST, "a5", "设备采购成本", exactly("6", "万元"), EQUAL, "8");
    private static final Indicator NOT_APPLICABLE = new Indicator("a6", IndicatorDimension.QUANTITY, "改造老旧管网",
            new Target("/", null, null, null, null), null, null, "/", true, null);
    private static final Indicator FILED = line(IndicatorDimension.QUALITY, "a7", "资料归档", atLeast("1", "项"), POSITIVE, "8");
    private static final Indicator COVERED = line(IndicatorDimension.QUANTITY, "a8", "覆盖社区数", atLeast("20", "个"), POSITIVE, "12");
    private static final Indicator TAKE_PART = line(IndicatorDimension.SOCIAL_BENEFIT, "b1", "居民参与情况", described("积极参与"), QUALITATIVE, "8");
    private static final Indicator BENEFITED = line(IndicatorDimension.SOCIAL_BENEFIT, "b2", "受益人数", atLeast("1000", "人"), POSITIVE, "8");
    private static final Indicator COMPLAINTS = line(IndicatorDimension.ECOLOGICAL_BENEFIT, "b3", "环境投诉", atMost("2", "起"), NEGATIVE, "8");
    private static final Indicator LASTING = line(IndicatorDimension.SUSTAINABLE_IMPACT, "b4", "长效管护机制", described("建立"), QUALITATIVE, "6");

    @Test
    void aCompleteFormScoresAsPrinted() {
        ScoreCard card = ScoringEngine.score(TEN_PLUS_NINETY, new ScoringInput(BudgetExecution.of(parse("100"), parse("95")),
                withNotes(complete())));

        assertThat(card.execution().score()).isEqualByComparingTo("9.50");
        assertThat(scores(card)).containsExactly("8.00", "8.00", "8.00", "7.60", "8.00", "0.00", "8.00", "10.80",
                "7.50", "8.00", "8.00", "6.00");
        assertThat(card.parts()).extracting(part -> part.score().toPlainString()).containsExactly("58.40", "29.50");
        assertThat(card.total()).isEqualByComparingTo("97.40");
        assertThat(card.blockingItems()).isEmpty();
    }

    @Test
    void aBareNumberIsReadInTheTargetsUnitAndSaysSo() {
        assertThat(explanationOf(FACILITIES, measured("5", null)))
                .isEqualTo("实际完成值 5（按年度指标值的单位读作 5个） 达到年度指标值 ≥5个：得满分 8.00");
    }

    @Test
    void aBareTargetWithoutComparatorTakesTheTemplatesDefaultDirectionAndSaysSo() {
        assertThat(explanationOf(ON_TIME, measured("95", "%"))).isEqualTo("年度指标值「100」未注明比较符，按模板默认方向正向计分；"
                + "实际完成值 95% < 年度指标值 100：得分 = 95 ÷ 100 × 8 = 7.60");

        EvaluationTemplate lowerIsBetter = TEN_PLUS_NINETY.nextVersion(draft -> draft.defaultDirection(NEGATIVE));
        ScoreCard card = ScoringEngine.score(lowerIsBetter, input(IndicatorEntry.of(ON_TIME, measured("95", "%"))));
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("8.00");
        assertThat(card.indicators().get(0).explanation()).startsWith("年度指标值「100」未注明比较符，按模板默认方向反向计分；");
    }

    @Test
    void aSlashRowHasNoWeightAndDoesNotCount() {
        ScoreCard card = ScoringEngine.score(TEN_PLUS_NINETY, input(IndicatorEntry.of(NOT_APPLICABLE, null)));

        IndicatorScore line = card.indicators().get(0);
        assertThat(line.notApplicable()).isTrue();
        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.explanation()).isEqualTo("不适用（表上为“/”），未设分值：不计分，本模板不剔除不适用指标，亦无分值可折算");
        assertThat(card.blockingItems()).extracting(BlockingItem::indicatorId).doesNotContain("a6");
    }

    @Test
    void underTheDropAndRescaleRuleASlashRowLeavesTheOtherWeightsAsTheyAre() {
        EvaluationTemplate rescaling = TEN_PLUS_NINETY.nextVersion(draft -> draft.rescaleNotApplicable(true));

        ScoreCard card = ScoringEngine.score(rescaling, new ScoringInput(BudgetExecution.of(parse("100"), parse("95")),
                withNotes(complete())));

        assertThat(card.total()).isEqualByComparingTo("97.40");
        assertThat(card.indicators().get(5).explanation())
                .isEqualTo("不适用（表上为“/”），未设分值：不计分，其余指标分值不变");
    }

    @Test
    void anOverspentEqualCostLineScoresFullUnderTheDefaultRule() {
        assertThat(explanationOf(EQUIPMENT, measured("6.5", "万元")))
                .isEqualTo("等于按正向计分：实际完成值 6.5万元 达到年度指标值 =6万元：得满分 8.00");
    }

    @Test
    void underTheDeviationRuleAnEqualLineLosesPointsEitherWay() {
        EvaluationTemplate deviation = TEN_PLUS_NINETY.nextVersion(draft -> draft.equalRule(EqualRule.DEVIATION_EITHER_WAY));

        IndicatorScore over = ScoringEngine.score(deviation, input(IndicatorEntry.of(EQUIPMENT, measured("6.5", "万元"))))
                .indicators().get(0);
        IndicatorScore under = ScoringEngine.score(deviation, input(IndicatorEntry.of(EQUIPMENT, measured("5.4", "万元"))))
                .indicators().get(0);
        IndicatorScore onTarget = ScoringEngine.score(deviation, input(IndicatorEntry.of(EQUIPMENT, measured("60000", "元"))))
                .indicators().get(0);

        assertThat(over.score()).isEqualByComparingTo("7.38");
        assertThat(over.explanation()).isEqualTo(
                "等于偏离即扣分：实际完成值 6.5万元 > 年度指标值 =6万元，偏离扣分：得分 = 6 ÷ 6.5 × 8 = 7.38");
        assertThat(under.score()).isEqualByComparingTo("7.20");
        assertThat(under.explanation()).isEqualTo(
                "等于偏离即扣分：实际完成值 5.4万元 < 年度指标值 =6万元：得分 = 5.4 ÷ 6 × 8 = 7.20");
        assertThat(onTarget.score()).isEqualByComparingTo("8.00");
    }

    @Test
    void aTextActualOnANumericTargetWaitsForTheEvaluatorsJudgement() {
        ScoreCard card = ScoringEngine.score(TEN_PLUS_NINETY, input(IndicatorEntry.of(FILED, new ActualValue.Described("完成"))));

        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("0.00");
        assertThat(card.blockingItems()).extracting(BlockingItem::kind).contains(BlockingItem.Kind.TEXT_ACTUAL_NOT_JUDGED)
                .doesNotContain(BlockingItem.Kind.DEVIATION_NOTE_MISSING);
        assertThat(explanationOf(FILED, ActualValue.Judged.of(ACHIEVED, "8")))
                .startsWith("实际完成值为文字，由评价人判断：定性评价「达成年度指标」");
    }

    @Test
    void aTruncatedFormScoresTheExecutionLineAndEveryCompleteLine() {
        Indicator blankTarget = new Indicator("b2", IndicatorDimension.SOCIAL_BENEFIT, "受益人数", null, null, new BigDecimal("8"),
                "台账", null, DirectionSource.TEMPLATE_DEFAULT);
        Indicator noWeight = new Indicator("b3", IndicatorDimension.ECOLOGICAL_BENEFIT, "环境投诉", atMost("2", "起"), NEGATIVE,
                null, "台账", null, DirectionSource.TARGET);
        List<IndicatorEntry> entries = new ArrayList<>(complete().subList(0, 8));
        entries.add(IndicatorEntry.of(blankTarget, measured("1200", "人")));
        entries.add(IndicatorEntry.of(noWeight, measured("1", "起")));
        entries.add(IndicatorEntry.of(LASTING_WITHOUT_ACTUAL, null));

        ScoreCard card = ScoringEngine.score(TEN_PLUS_NINETY, new ScoringInput(BudgetExecution.of(parse("100"), parse("95")),
                withNotes(entries)));

        assertThat(card.execution().score()).isEqualByComparingTo("9.50");
        assertThat(card.parts()).extracting(part -> part.score().toPlainString()).containsExactly("58.40", "0.00");
        assertThat(card.total()).isEqualByComparingTo("67.90");
        assertThat(card.blockingItems()).extracting(BlockingItem::kind, BlockingItem::indicatorId).contains(
                org.assertj.core.groups.Tuple.tuple(BlockingItem.Kind.WEIGHT_MISSING, "b3"),
                org.assertj.core.groups.Tuple.tuple(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE, null),
                org.assertj.core.groups.Tuple.tuple(BlockingItem.Kind.TARGET_MISSING, "b2"),
                org.assertj.core.groups.Tuple.tuple(BlockingItem.Kind.ACTUAL_NOT_REPORTED, "b5"));
        assertThat(card.blockingItems()).filteredOn(item -> item.kind() == BlockingItem.Kind.TARGET_MISSING)
                .extracting(BlockingItem::message, BlockingItem::english)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("指标「受益人数」未填写年度指标值",
                        "indicator 「受益人数」 has no target (年度指标值) yet"));
        assertThat(card.canBeSubmitted()).isFalse();
    }

    private static final Indicator LASTING_WITHOUT_ACTUAL = line(IndicatorDimension.SUSTAINABLE_IMPACT, "b5", "长效管护",
            atLeast("1", "项"), POSITIVE, "6");

    private static List<IndicatorEntry> complete() {
        return List.of(
                IndicatorEntry.of(SESSIONS, measured("12", "次")),
                IndicatorEntry.of(FACILITIES, measured("5", null)),
                IndicatorEntry.of(PASSED, measured("100", "%")),
                IndicatorEntry.of(ON_TIME, measured("95", "%")),
                IndicatorEntry.of(EQUIPMENT, measured("6.5", "万元")),
                IndicatorEntry.of(NOT_APPLICABLE, null),
                IndicatorEntry.of(FILED, ActualValue.Judged.of(ACHIEVED, "8")),
                IndicatorEntry.of(COVERED, measured("18", "项")),
                IndicatorEntry.of(TAKE_PART, ActualValue.Judged.of(ACHIEVED, "7.5")),
                IndicatorEntry.of(BENEFITED, measured("1200", "人")),
                IndicatorEntry.of(COMPLAINTS, measured("1", "起")),
                IndicatorEntry.of(LASTING, ActualValue.Judged.of(ACHIEVED, "6")));
    }

    private static List<IndicatorEntry> withNotes(List<IndicatorEntry> entries) {
        return entries.stream().map(entry -> entry.withDeviationNote("雨季影响工期，已调整计划")).toList();
    }

    private static ScoringInput input(IndicatorEntry entry) {
        return new ScoringInput(BudgetExecution.of(parse("100"), parse("100")), List.of(entry));
    }

    private static String explanationOf(Indicator indicator, ActualValue actual) {
        return ScoringEngine.score(TEN_PLUS_NINETY, input(IndicatorEntry.of(indicator, actual))).indicators().get(0).explanation();
    }

    private static List<String> scores(ScoreCard card) {
        return card.indicators().stream().map(line -> line.score().toPlainString()).toList();
    }

    private static Indicator line(IndicatorDimension dimension, String id, String name, Target target,
                                  IndicatorDirection direction, String weight) {
        return Fixtures.indicator(dimension, id, name, target, direction, weight);
    }
}
