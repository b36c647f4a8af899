package cn.jixiao.evaluation.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ExecutionRateRule;
import cn.jixiao.evaluation.template.Part;
import cn.jixiao.evaluation.template.PartWeight;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 执行率 = 全年执行数 ÷ 全年预算数; score = 执行率 × 分值, capped at the 分值. By default the exact rate is multiplied
 * and the score rounded once; a template may multiply the printed rate or a whole percent instead.
 */
class ExecutionScoreTest {

    private static final EvaluationTemplate NATIONAL = ShippedTemplates.national();
    private static final EvaluationTemplate ROUNDING = NATIONAL.nextVersion(draft -> draft.executionRate(ExecutionRateRule.wholePercent()));
    private static final EvaluationTemplate PRINTED = NATIONAL.nextVersion(draft -> draft.executionRate(ExecutionRateRule.printedRate()));

    private static ScoreCard scored(EvaluationTemplate template, String budget, String executed, String explanation) {
        return ScoringEngine.score(template, new ScoringInput(
                new BudgetExecution(Yuan.parse(budget), Yuan.parse(executed), explanation),
                Fixtures.nationalIndicatorsAllMet()));
    }

    private static ExecutionScore execution(EvaluationTemplate template, String budget, String executed) {
        return scored(template, budget, executed, null).execution();
    }

    @Test
    void fullExecutionScoresTheWholeWeight() {
        ExecutionScore execution = execution(NATIONAL, "2000000.00", "2000000.00");

        assertThat(execution.ratePercent()).isEqualByComparingTo("100.00");
        assertThat(execution.score()).isEqualByComparingTo("10.00");
        assertThat(execution.explanation()).isEqualTo(
                "执行率 = 全年执行数 2,000,000.00 ÷ 全年预算数 2,000,000.00 = 100.00%；得分 = 100.00% × 10 = 10.00");
    }

    @Test
    void partialExecutionScoresTheRateTimesTheWeight() {
        ExecutionScore execution = execution(NATIONAL, "1000000.00", "850000.00");

        assertThat(execution.ratePercent()).isEqualByComparingTo("85.00");
        assertThat(execution.score()).isEqualByComparingTo("8.50");
    }

    @Test
    void executionOverTheBudgetIsCappedAtTheWeight() {
        ExecutionScore execution = execution(NATIONAL, "1000000.00", "1050000.00");

        assertThat(execution.ratePercent()).as("the rate itself is shown as it is").isEqualByComparingTo("105.00");
        assertThat(execution.score()).isEqualByComparingTo("10.00");
        assertThat(execution.explanation()).isEqualTo(
                "执行率 = 全年执行数 1,050,000.00 ÷ 全年预算数 1,000,000.00 = 105.00%；超过 100% 按 100% 计；得分 = 100.00% × 10 = 10.00");
    }

    @Test
    void byDefaultTheExactRateIsMultipliedAndTheScoreRoundedOnceAsTheSpreadsheetFormsDo() {
        // 1,698,900 ÷ 2,000,000 = 84.945% exactly: printed 84.95%, but 84.945% × 10 = 8.4945 → 8.49
        ExecutionScore execution = execution(NATIONAL, "2000000.00", "1698900.00");

        assertThat(execution.ratePercent()).as("the rate is shown as printed").isEqualByComparingTo("84.95");
        assertThat(execution.score()).isEqualByComparingTo("8.49");
        assertThat(execution.explanation()).isEqualTo(
                "执行率 = 全年执行数 1,698,900.00 ÷ 全年预算数 2,000,000.00 = 84.95%；得分 = 1,698,900.00 ÷ 2,000,000.00 × 10 = 8.49");
    }

    @Test
    void aTemplateMayMultiplyTheRateAsPrinted() {
        // the platform's arithmetic before templates chose: 84.95% × 10 = 8.495 → 8.50
        ExecutionScore execution = execution(PRINTED, "2000000.00", "1698900.00");

        assertThat(execution.ratePercent()).isEqualByComparingTo("84.95");
        assertThat(execution.score()).isEqualByComparingTo("8.50");
        assertThat(execution.explanation()).isEqualTo(
                "执行率 = 全年执行数 1,698,900.00 ÷ 全年预算数 2,000,000.00 = 84.95%；得分 = 84.95% × 10 = 8.50");
    }

    @Test
    void thePrintedRateRoundsHalfUp() {
        // 8,555.50 ÷ 10,000.00 = 85.555% exactly → printed 85.56%
        ExecutionScore execution = execution(NATIONAL, "10000.00", "8555.50");

        assertThat(execution.ratePercent()).isEqualByComparingTo("85.56");
        assertThat(execution.score()).as("85.555% × 10 = 8.5555 → 8.56").isEqualByComparingTo("8.56");
    }

    @Test
    void aTemplateMayRoundTheRateToAWholePercentFirst() {
        ExecutionScore down = execution(ROUNDING, "1000000.00", "854700.00");
        assertThat(down.ratePercent()).isEqualByComparingTo("85");
        assertThat(down.score()).isEqualByComparingTo("8.50");
        assertThat(down.explanation()).isEqualTo(
                "执行率 = 全年执行数 854,700.00 ÷ 全年预算数 1,000,000.00 = 85.47%，取整为 85%；得分 = 85% × 10 = 8.50");

        ExecutionScore up = execution(ROUNDING, "1000000.00", "855000.00");
        assertThat(up.ratePercent()).as("85.50% rounds half-up to 86%").isEqualByComparingTo("86");
        assertThat(up.score()).isEqualByComparingTo("8.60");
    }

    @Test
    void nothingExecutedScoresZero() {
        assertThat(execution(NATIONAL, "1000000.00", "0.00").score()).isEqualByComparingTo("0.00");
    }

    @Test
    void moreRefundedThanSpentScoresZeroNotANegativeScore() {
        ExecutionScore execution = execution(NATIONAL, "1000000.00", "-5000.00");

        assertThat(execution.score()).isEqualByComparingTo("0.00");
        assertThat(execution.explanation()).contains("= -0.50%；低于 0 按 0 计；得分 = 0.00% × 10 = 0.00");
    }

    @Test
    void aZeroBudgetHasNoRateScoresZeroAndBlocksSubmission() {
        ScoreCard card = scored(NATIONAL, "0.00", "0.00", null);

        assertThat(card.execution().ratePercent()).isNull();
        assertThat(card.execution().score()).isEqualByComparingTo("0.00");
        assertThat(card.execution().explanation()).isEqualTo("全年预算数为 0.00，执行率无法计算：得分 0.00");
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.BUDGET_NOT_SET, null,
                "全年预算数为 0，无法计算预算执行率，请先录入预算"));
    }

    @Test
    void aRateBelowNinetyPercentNeedsAnExplanationBeforeSubmission() {
        ScoreCard unexplained = scored(NATIONAL, "1000000.00", "899900.00", null);
        assertThat(unexplained.blockingItems()).containsExactly(new BlockingItem(
                BlockingItem.Kind.EXECUTION_EXPLANATION_MISSING, null, "预算执行率 89.99% 低于 90%，需填写执行率偏低的原因说明"));

        assertThat(scored(NATIONAL, "1000000.00", "899900.00", "部分工程款按合同约定于次年支付").canBeSubmitted()).isTrue();
        assertThat(scored(NATIONAL, "1000000.00", "899900.00", "  ").canBeSubmitted()).as("blank is not written").isFalse();
    }

    @Test
    void aRateOfExactlyNinetyPercentNeedsNoExplanation() {
        assertThat(scored(NATIONAL, "1000000.00", "900000.00", null).blockingItems()).isEmpty();
    }

    @Test
    void theExplanationThresholdAppliesToTheRateAsScored() {
        // 89.5% is rounded to 90% by this template, so it is not below 90%.
        assertThat(scored(ROUNDING, "1000000.00", "895000.00", null).blockingItems()).isEmpty();
        assertThat(scored(ROUNDING, "1000000.00", "894900.00", null).blockingItems())
                .extracting(BlockingItem::kind).containsExactly(BlockingItem.Kind.EXECUTION_EXPLANATION_MISSING);
    }

    @Test
    void theExecutionWeightComesFromTheTemplate() {
        EvaluationTemplate twenty = NATIONAL.nextVersion(draft -> draft.parts(
                PartWeight.of(Part.BUDGET_EXECUTION, 20), PartWeight.of(Part.OUTPUT, 50), PartWeight.of(Part.EFFECT, 30)));
        ScoreCard card = ScoringEngine.score(twenty, new ScoringInput(
                BudgetExecution.of(Yuan.parse("1000000"), Yuan.parse("850000")),
                List.of(Fixtures.nationalIndicatorsAllMet().get(0), Fixtures.nationalIndicatorsAllMet().get(1))));

        assertThat(card.execution().score()).isEqualByComparingTo("17.00");
    }
}
