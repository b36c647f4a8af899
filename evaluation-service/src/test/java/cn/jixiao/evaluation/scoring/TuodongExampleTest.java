package cn.jixiao.evaluation.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.ReverseFormula;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDimension.BENEFICIARY_SATISFACTION;
import static cn.jixiao.contracts.project.IndicatorDimension.OUTPUT_COST;
import static cn.jixiao.contracts.project.IndicatorDimension.QUALITY;
import static cn.jixiao.contracts.project.IndicatorDimension.QUANTITY;
import static cn.jixiao.contracts.project.IndicatorDimension.SOCIAL_BENEFIT;
import static cn.jixiao.contracts.project.IndicatorDimension.SUSTAINABLE_IMPACT;
import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.indicator;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.ACHIEVED;
import static cn.jixiao.evaluation.template.QualitativeGrade.PARTLY_ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 拓东 project with partial scores, so that every rule shows: a cost over its ≤ target, a qualitative
 * 部分达成 at 70% of its weight, and 85% of the budget spent without an explanation yet.
 */
class TuodongExampleTest {

    private static ScoringInput tuodong(String executionExplanation) {
        return new ScoringInput(new BudgetExecution(Yuan.parse("1000000.00"), Yuan.parse("850000.00"), executionExplanation),
                List.of(
                        IndicatorEntry.of(indicator(QUANTITY, "td-1", "老旧小区加装电梯数量", atLeast("12", "部"), POSITIVE, "20"),
                                measured("12", "部")),
                        IndicatorEntry.of(indicator(QUALITY, "td-2", "电梯验收合格率", atLeast("100", "%"), POSITIVE, "10"),
                                measured("100", "%")),
                        new IndicatorEntry(indicator(OUTPUT_COST, "td-3", "单部电梯加装成本", atMost("50", "万元"), NEGATIVE, "20"),
                                measured("550000", "元"), "钢材价格上涨，合同价调增；今后在预算中预留价格浮动空间。", false),
                        new IndicatorEntry(indicator(SOCIAL_BENEFIT, "td-4", "居民出行便利程度", described("明显改善"),
                                QUALITATIVE, "10"), ActualValue.Judged.of(PARTLY_ACHIEVED, "7"),
                                "两部电梯年底才投入使用，居民受益时间不足；下一年度跟踪回访。", false),
                        IndicatorEntry.of(indicator(SUSTAINABLE_IMPACT, "td-5", "电梯维保机制建立", described("建立"), QUALITATIVE,
                                "20"), ActualValue.Judged.of(ACHIEVED, "20")),
                        IndicatorEntry.of(indicator(BENEFICIARY_SATISFACTION, "td-6", "受益居民满意度", atLeast("90", "%"),
                                POSITIVE, "10"), new SatisfactionRate(230, 250).asActual())));
    }

    @Test
    void everyPartialRuleShowsInTheScoreCard() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), tuodong(null));
        card.explanationLines().forEach(System.out::println);
        card.blockingItems().forEach(item -> System.out.println("不能提交：" + item.message()));

        assertThat(card.execution().score().toPlainString()).isEqualTo("8.50");
        assertThat(card.indicators()).extracting(IndicatorScore::score).map(Object::toString)
                .containsExactly("20.00", "10.00", "18.00", "7.00", "20.00", "10.00");
        assertThat(card.indicators().get(2).explanation()).isEqualTo(
                "实际完成值 550000元（折合 55万元） > 年度指标值 ≤50万元：得分 = (1 − (55 − 50) ÷ 50) × 20 = 18.00");
        assertThat(card.indicators().get(3).explanation()).isEqualTo(
                "定性评价「部分达成年度指标并具有一定效果」（分值的 60%（含）至 80%（不含））：评定得分 7.00，为分值 10 的 70.00%");
        assertThat(card.parts()).extracting(part -> part.score().toPlainString()).containsExactly("48.00", "27.00", "10.00");
        assertThat(card.total().toPlainString()).isEqualTo("93.50");
        assertThat(card.grade()).isEqualTo(Grade.优);
    }

    @Test
    void theUnexplainedEightyFivePercentExecutionBlocksSubmission() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), tuodong(null));

        assertThat(card.canBeSubmitted()).isFalse();
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.EXECUTION_EXPLANATION_MISSING,
                null, "预算执行率 85.00% 低于 90%，需填写执行率偏低的原因说明"));
    }

    @Test
    void onceTheExecutionIsExplainedTheEvaluationCanBeSubmittedWithTheSameScore() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), tuodong("两部电梯尾款按合同于验收满一年后支付。"));

        assertThat(card.canBeSubmitted()).isTrue();
        assertThat(card.total().toPlainString()).isEqualTo("93.50");
    }

    @Test
    void underTheRatioRuleTheCostOverrunCostsLess() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national().nextVersion(draft -> draft.reverseFormula(ReverseFormula.RATIO)),
                tuodong(null));

        // 50 ÷ 55 × 20 = 18.1818… → 18.18
        assertThat(card.indicators().get(2).score().toPlainString()).isEqualTo("18.18");
        assertThat(card.total().toPlainString()).isEqualTo("93.68");
    }
}
