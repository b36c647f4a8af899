package cn.jixiao.evaluation.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDimension.BENEFICIARY_SATISFACTION;
import static cn.jixiao.contracts.project.IndicatorDimension.ECOLOGICAL_BENEFIT;
import static cn.jixiao.contracts.project.IndicatorDimension.OUTPUT_COST;
import static cn.jixiao.contracts.project.IndicatorDimension.QUALITY;
import static cn.jixiao.contracts.project.IndicatorDimension.QUANTITY;
import static cn.jixiao.contracts.project.IndicatorDimension.SOCIAL_BENEFIT;
import static cn.jixiao.contracts.project.IndicatorDimension.TIMELINESS;
import static cn.jixiao.contracts.project.IndicatorDirection.EQUAL;
import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.exactly;
import static cn.jixiao.evaluation.scoring.Fixtures.indicator;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.PARTLY_ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 拓东街道 demo project exactly as project-service's demo profile enters it
 * ({@code project-service/.../demo/TuodongSeed}, {@code ledger/demo/TuodongLedger}, {@code indicators/demo/TuodongIndicators}):
 * 老旧小区绿化提升及社区环境整治专项资金, 150.00万元 budgeted, 127.50万元 spent, the 定性 {@code td-environment} graded
 * 部分达成 at 7 of 10 as evaluation-service's demo grades it.
 *
 * <p>Worked out by hand with the national rules:
 * <pre>
 * 预算执行率 127.50 ÷ 150.00 = 85.00% × 10                            =  8.50
 * 产出 50: 绿化面积 10800 ÷ 12000 × 20 = 18.00; 小区个数 =6 → 10.00; 验收合格率 10.00;
 *          按期完工率 5.00; 总成本 127.5 ≤ 150 万元 → 5.00               = 48.00
 * 效益 30: 投诉件数 (1 − (8 − 5) ÷ 5) × 10 = 4.00; 环境整治效果 部分达成 7.00;
 *          绿化覆盖率 32% ≥ 30% → 10.00                                = 21.00
 * 满意度 10: 居民 92% ≥ 90% → 5.00; 商户 86 ÷ 90 × 5 = 4.777… → 4.78     =  9.78
 * 总分                                                                  = 87.28 → 良
 * </pre>
 */
class TuodongDemoScoreTest {

    private static final String NOTE = "偏差原因分析及改进措施已填写";

    private static ScoringInput tuodongDemo() {
        return new ScoringInput(BudgetExecution.of(Yuan.parse("1500000.00"), Yuan.parse("1275000.00")), List.of(
                new IndicatorEntry(indicator(QUANTITY, "td-green-area", "小区绿化提升面积", atLeast("12000", "平方米"), POSITIVE, "20"),
                        measured("10800", "平方米"), NOTE, false),
                IndicatorEntry.of(indicator(QUANTITY, "td-compounds", "完成环境整治的老旧小区个数", exactly("6", "个"), EQUAL, "10"),
                        measured("6", "个")),
                IndicatorEntry.of(indicator(QUALITY, "td-acceptance", "绿化及整治工程验收合格率", atLeast("100", "%"), POSITIVE, "10"),
                        measured("100", "%")),
                IndicatorEntry.of(indicator(TIMELINESS, "td-on-time", "整治工程按期完工率", atLeast("90", "%"), POSITIVE, "5"),
                        measured("100", "%")),
                IndicatorEntry.of(indicator(OUTPUT_COST, "td-cost", "项目总成本", atMost("150", "万元"), NEGATIVE, "5"),
                        measured("127.5", "万元")),
                new IndicatorEntry(indicator(SOCIAL_BENEFIT, "td-complaints", "施工期间居民投诉件数", atMost("5", "件"), NEGATIVE, "10"),
                        measured("8", "件"), NOTE, false),
                new IndicatorEntry(indicator(SOCIAL_BENEFIT, "td-environment", "社区环境整治效果", described("环境明显改善"),
                        QUALITATIVE, "10"), ActualValue.Judged.of(PARTLY_ACHIEVED, "7"), NOTE, false),
                IndicatorEntry.of(indicator(ECOLOGICAL_BENEFIT, "td-green-coverage", "整治小区绿化覆盖率", atLeast("30", "%"), POSITIVE, "10"),
                        measured("32", "%")),
                IndicatorEntry.of(indicator(BENEFICIARY_SATISFACTION, "td-residents", "小区居民满意度", atLeast("90", "%"), POSITIVE, "5"),
                        measured("92", "%")),
                new IndicatorEntry(indicator(BENEFICIARY_SATISFACTION, "td-merchants", "沿街商户满意度", atLeast("90", "%"), POSITIVE, "5"),
                        measured("86", "%"), NOTE, false)));
    }

    @Test
    void theTuodongDemoProjectScores87Point28AndIsGoodUnderTheNationalTemplate() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), tuodongDemo());
        card.explanationLines().forEach(System.out::println);

        assertThat(card.execution().score().toPlainString()).isEqualTo("8.50");
        assertThat(card.indicators()).extracting(line -> line.score().toPlainString())
                .containsExactly("18.00", "10.00", "10.00", "5.00", "5.00", "4.00", "7.00", "10.00", "5.00", "4.78");
        assertThat(card.parts()).extracting(part -> part.score().toPlainString()).containsExactly("48.00", "21.00", "9.78");
        assertThat(card.total().toPlainString()).isEqualTo("87.28");
        assertThat(card.grade()).isEqualTo(Grade.良);
    }

    @Test
    void everyLineBelowFullMarksHasItsNoteSoOnlyTheEightyFivePercentExecutionStillNeedsAnExplanation() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), tuodongDemo());

        assertThat(card.blockingItems()).extracting(BlockingItem::kind)
                .containsExactly(BlockingItem.Kind.EXECUTION_EXPLANATION_MISSING);
    }
}
