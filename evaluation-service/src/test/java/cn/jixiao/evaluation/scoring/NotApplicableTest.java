package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.indicator;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicators marked not applicable: scored as usual unless the template drops them, in which case every remaining
 * indicator is scaled up in proportion, across parts, so the indicators again carry all their points.
 */
class NotApplicableTest {

    private static final EvaluationTemplate RESCALING = ShippedTemplates.national().nextVersion(draft -> draft.rescaleNotApplicable(true));
    private static final BudgetExecution FULLY_SPENT = BudgetExecution.of(Yuan.parse("1000000"), Yuan.parse("1000000"));

    private static IndicatorEntry met(IndicatorDimension dimension, String id, String weight) {
        return IndicatorEntry.of(indicator(dimension, id, "指标" + id, atLeast("10", "个"), POSITIVE, weight),
                measured("10", "个"));
    }

    private static List<IndicatorEntry> indicators(IndicatorEntry... changed) {
        List<IndicatorEntry> all = new ArrayList<>(List.of(
                met(IndicatorDimension.QUANTITY, "o-1", "20"),
                met(IndicatorDimension.QUANTITY, "o-2", "20"),
                met(IndicatorDimension.QUALITY, "o-3", "10"),
                met(IndicatorDimension.SOCIAL_BENEFIT, "e-1", "30"),
                met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-1", "5"),
                met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5")));
        for (IndicatorEntry entry : changed) {
            all.replaceAll(existing -> existing.indicator().id().equals(entry.indicator().id()) ? entry : existing);
        }
        return all;
    }

    @Test
    void byDefaultANotApplicableMarkChangesNothingAndTheLineSaysSo() {
        IndicatorEntry unreported = IndicatorEntry.of(met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5")
                .indicator(), null).markedNotApplicable();

        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), new ScoringInput(FULLY_SPENT, indicators(unreported)));

        IndicatorScore line = card.indicators().get(5);
        assertThat(line.notApplicable()).isFalse();
        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.explanation()).isEqualTo("本模板不剔除不适用指标，照常计分；未填报实际完成值：得分 0.00");
        assertThat(card.total()).isEqualByComparingTo("95.00");
        assertThat(card.blockingItems()).extracting(BlockingItem::indicatorId).containsExactly("s-2", "s-2");
    }

    @Test
    void whenTheTemplateRescalesTheRemainingWeightsAreAllocatedToTheCentAndAddUpExactly() {
        // 85 applicable indicator points carry all 90: each weight × 90/85, rounded down to the cent, and the
        // 3 cents left go to the largest remainders (o-3's 10.588…, then o-1's and o-2's 21.176…).
        ScoreCard card = ScoringEngine.score(RESCALING, new ScoringInput(FULLY_SPENT,
                indicators(met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5").markedNotApplicable())));

        assertThat(card.indicators()).extracting(IndicatorScore::scaledWeight).map(BigDecimal::toPlainString)
                .containsExactly("21.18", "21.18", "10.59", "31.76", "5.29", "0");
        assertThat(card.indicators().stream().map(IndicatorScore::scaledWeight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("90");
        assertThat(card.total()).as("every applicable indicator met: full marks").isEqualByComparingTo("100.00");
        assertThat(card.parts()).extracting(PartSubtotal::scaledWeight).map(BigDecimal::toPlainString)
                .containsExactly("52.95", "31.76", "5.29");
        assertThat(card.parts()).extracting(PartSubtotal::weight).map(BigDecimal::toPlainString)
                .containsExactly("50", "30", "10");
    }

    @Test
    void aDroppedIndicatorScoresNothingNeedsNoActualOrNoteAndSaysWhereItsPointsWent() {
        IndicatorEntry dropped = IndicatorEntry.of(met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5")
                .indicator(), null).markedNotApplicable();

        ScoreCard card = ScoringEngine.score(RESCALING, new ScoringInput(FULLY_SPENT, indicators(dropped)));

        IndicatorScore line = card.indicators().get(5);
        assertThat(line.notApplicable()).isTrue();
        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.explanation()).isEqualTo("不适用：不计分，其分值 5 按比例分配给其余适用指标");
        assertThat(card.blockingItems()).isEmpty();
    }

    @Test
    void aRescaledIndicatorIsScoredAgainstItsNewWeight() {
        IndicatorEntry half = IndicatorEntry.of(met(IndicatorDimension.QUANTITY, "o-1", "20").indicator(),
                measured("5", "个"));

        ScoreCard card = ScoringEngine.score(RESCALING, new ScoringInput(FULLY_SPENT, indicators(half,
                met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5").markedNotApplicable())));

        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("10.59");
        assertThat(card.indicators().get(0).explanation()).isEqualTo(
                "因剔除不适用指标，分值 20 调整为 21.18；实际完成值 5个 < 年度指标值 ≥10个：得分 = 5 ÷ 10 × 21.18 = 10.59");
        assertThat(card.blockingItems()).extracting(BlockingItem::message)
                .containsExactly("指标「指标o-1」得分 10.59 低于分值 21.18，需填写偏差原因分析及改进措施");
    }

    @Test
    void aWholePartThatDoesNotApplyIsSpreadOverTheOtherParts() {
        ScoreCard card = ScoringEngine.score(RESCALING, new ScoringInput(FULLY_SPENT, indicators(
                met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-1", "5").markedNotApplicable(),
                met(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-2", "5").markedNotApplicable())));

        assertThat(card.indicators()).extracting(IndicatorScore::scaledWeight).map(BigDecimal::toPlainString)
                .containsExactly("22.50", "22.50", "11.25", "33.75", "0", "0");
        assertThat(card.parts().get(2).category()).isEqualTo(IndicatorCategory.SATISFACTION);
        assertThat(card.parts().get(2).score()).isEqualByComparingTo("0.00");
        assertThat(card.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void everyIndicatorNotApplicableLeavesNothingToScore() {
        List<IndicatorEntry> none = indicators().stream().map(IndicatorEntry::markedNotApplicable).toList();

        assertThatThrownBy(() -> ScoringEngine.score(RESCALING, new ScoringInput(FULLY_SPENT, none)))
                .isInstanceOf(ScoringException.class)
                .hasMessage("全部指标均标为不适用，无法计分");
    }
}
