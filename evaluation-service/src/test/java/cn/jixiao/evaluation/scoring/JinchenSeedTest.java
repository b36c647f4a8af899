package cn.jixiao.evaluation.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDimension.BENEFICIARY_SATISFACTION;
import static cn.jixiao.contracts.project.IndicatorDimension.OUTPUT_COST;
import static cn.jixiao.contracts.project.IndicatorDimension.QUALITY;
import static cn.jixiao.contracts.project.IndicatorDimension.QUANTITY;
import static cn.jixiao.contracts.project.IndicatorDimension.SOCIAL_BENEFIT;
import static cn.jixiao.contracts.project.IndicatorDimension.SUSTAINABLE_IMPACT;
import static cn.jixiao.contracts.project.IndicatorDimension.TIMELINESS;
import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.indicator;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 金辰 2023 seed report: 创建全省民族团结进步示范街道专项资金, 200.00 万元 budgeted and spent, self-score 98.00,
 * 自评结果为优秀. Under the national template one 数量 indicator fell short (9 of 10 activities) and every other
 * indicator met its target.
 */
class JinchenSeedTest {

    private static final String SHORTFALL_NOTE = "受场地改造影响，第四季度一次主题活动顺延至次年一月开展；今后提前落实活动场地。";

    private static ScoringInput jinchen2023(String shortfallNote) {
        return new ScoringInput(BudgetExecution.of(Yuan.parse("2000000.00"), Yuan.parse("2000000.00")), List.of(
                new IndicatorEntry(indicator(QUANTITY, "jc-1", "开展民族团结主题活动次数", atLeast("10", "次"), POSITIVE, "20"),
                        measured("9", "次"), shortfallNote, false),
                IndicatorEntry.of(indicator(QUANTITY, "jc-2", "建设文化主题公园个数", atLeast("3", "个"), POSITIVE, "10"),
                        measured("3", "个")),
                IndicatorEntry.of(indicator(QUALITY, "jc-3", "示范街区建设验收合格率", atLeast("95", "%"), POSITIVE, "10"),
                        measured("100", "%")),
                IndicatorEntry.of(indicator(TIMELINESS, "jc-4", "项目按时完成", described("2023年12月底前完成"), QUALITATIVE,
                        "5"), ActualValue.Judged.of(ACHIEVED, "5")),
                IndicatorEntry.of(indicator(OUTPUT_COST, "jc-5", "项目成本控制", atMost("200", "万元"), NEGATIVE, "5"),
                        measured("2000000.00", "元")),
                IndicatorEntry.of(indicator(SOCIAL_BENEFIT, "jc-6", "各族群众参与民族团结活动人次", atLeast("5000", "人次"),
                        POSITIVE, "15"), measured("6200", "人次")),
                IndicatorEntry.of(indicator(SUSTAINABLE_IMPACT, "jc-7", "民族团结进步创建长效机制", described("建立并持续运行"),
                        QUALITATIVE, "15"), ActualValue.Judged.of(ACHIEVED, "15")),
                IndicatorEntry.of(indicator(BENEFICIARY_SATISFACTION, "jc-8", "辖区居民满意度", atLeast("90", "%"), POSITIVE,
                        "10"), new SatisfactionRate(171, 180).asActual())));
    }

    @Test
    void theSeedProjectScoresNinetyEightAndIsExcellentUnderTheNationalTemplate() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), jinchen2023(SHORTFALL_NOTE));
        card.explanationLines().forEach(System.out::println);

        assertThat(card.execution().score().toPlainString()).isEqualTo("10.00");
        assertThat(card.indicators()).extracting(IndicatorScore::score).map(Object::toString)
                .containsExactly("18.00", "10.00", "10.00", "5.00", "5.00", "15.00", "15.00", "10.00");
        assertThat(card.parts()).extracting(PartSubtotal::category, part -> part.score().toPlainString()).containsExactly(
                tuple(IndicatorCategory.OUTPUT, "48.00"),
                tuple(IndicatorCategory.EFFECT, "30.00"),
                tuple(IndicatorCategory.SATISFACTION, "10.00"));
        assertThat(card.total().toPlainString()).isEqualTo("98.00");
        assertThat(card.grade()).isEqualTo(Grade.优);
        assertThat(card.gradeLabel()).as("the report says 自评结果为优秀").isEqualTo("优秀");
        assertThat(card.canBeSubmitted()).isTrue();
    }

    @Test
    void theExplanationReadsLikeTheFormWithItsArithmetic() {
        List<String> lines = ScoringEngine.score(ShippedTemplates.national(), jinchen2023(SHORTFALL_NOTE)).explanationLines();

        assertThat(lines).containsExactly(
                "预算执行率（分值 10）：执行率 = 全年执行数 2,000,000.00 ÷ 全年预算数 2,000,000.00 = 100.00%；得分 = 100.00% × 10 = 10.00",
                "产出指标 / 数量指标 / 开展民族团结主题活动次数（分值 20）：实际完成值 9次 < 年度指标值 ≥10次：得分 = 9 ÷ 10 × 20 = 18.00",
                "产出指标 / 数量指标 / 建设文化主题公园个数（分值 10）：实际完成值 3个 达到年度指标值 ≥3个：得满分 10.00",
                "产出指标 / 质量指标 / 示范街区建设验收合格率（分值 10）：实际完成值 100% 达到年度指标值 ≥95%：得满分 10.00",
                "产出指标 / 时效指标 / 项目按时完成（分值 5）：定性评价「达成年度指标」（分值的 80%（含）至 100%（含））：评定得分 5.00，为分值 5 的 100.00%",
                "产出指标 / 成本指标 / 项目成本控制（分值 5）：实际完成值 2000000元（折合 200万元） 未超过年度指标值 ≤200万元：得满分 5.00",
                "效益指标 / 社会效益指标 / 各族群众参与民族团结活动人次（分值 15）：实际完成值 6200人次 达到年度指标值 ≥5000人次：得满分 15.00",
                "效益指标 / 可持续影响指标 / 民族团结进步创建长效机制（分值 15）：定性评价「达成年度指标」（分值的 80%（含）至 100%（含））：评定得分 15.00，为分值 15 的 100.00%",
                "满意度指标 / 服务对象满意度指标 / 辖区居民满意度（分值 10）：实际完成值 95% 达到年度指标值 ≥90%：得满分 10.00",
                "总分 = 预算执行率 10.00 + 产出指标 48.00 + 效益指标 30.00 + 满意度指标 10.00 = 98.00；自评等级：优（优秀）");
    }

    @Test
    void withoutTheDeviationNoteForTheShortfallTheSeedCannotBeSubmitted() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), jinchen2023(null));

        assertThat(card.total().toPlainString()).isEqualTo("98.00");
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.DEVIATION_NOTE_MISSING,
                "jc-1", "指标「开展民族团结主题活动次数」得分 18.00 低于分值 20，需填写偏差原因分析及改进措施"));
    }
}
