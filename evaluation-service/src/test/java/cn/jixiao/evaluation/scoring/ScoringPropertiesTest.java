package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.evaluation.template.Part;

import static cn.jixiao.evaluation.scoring.RandomEvaluation.Focus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for any valid template and any valid evaluation, each checked on 250 generated cases.
 * Every case is generated from its seed, shown in the test name, so a failure can be replayed exactly.
 */
class ScoringPropertiesTest {

    private static final long FIRST_SEED = 20_230_101L;
    private static final int TRIES = 250;

    static LongStream seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + TRIES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTotalStaysWithinZeroAndHundredAndEveryLineWithinItsWeight(long seed) {
        RandomEvaluation evaluation = RandomEvaluation.generate(seed, Focus.ANY);

        ScoreCard card = ScoringEngine.score(evaluation.template, evaluation.input);

        assertThat(card.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(card.execution().score()).isBetween(BigDecimal.ZERO, card.execution().weight());
        assertThat(card.indicators()).allSatisfy(line -> assertThat(line.score()).isBetween(BigDecimal.ZERO, line.scaledWeight()));
        assertThat(card.total().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePartSubtotalsPlusTheExecutionScoreAddUpToTheTotal(long seed) {
        RandomEvaluation evaluation = RandomEvaluation.generate(seed, Focus.ANY);

        ScoreCard card = ScoringEngine.score(evaluation.template, evaluation.input);

        BigDecimal parts = card.parts().stream().map(PartSubtotal::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lines = card.indicators().stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(parts.add(card.execution().score())).isEqualByComparingTo(card.total());
        assertThat(lines).isEqualByComparingTo(parts);
        assertThat(card.parts().stream().map(PartSubtotal::weight)
                .reduce(evaluation.template.weightOf(Part.BUDGET_EXECUTION), BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTotalNeverFallsWhenAPositiveIndicatorsActualRises(long seed) {
        RandomEvaluation evaluation = RandomEvaluation.generate(seed, Focus.POSITIVE);
        Random random = new Random(~seed);
        int ceiling = evaluation.firstTarget().movePointRight(2).intValueExact() * 2 + 1_000;
        BigDecimal lower = RandomEvaluation.cents(random, ceiling);
        BigDecimal higher = lower.add(RandomEvaluation.cents(random, ceiling));

        ScoreCard before = ScoringEngine.score(evaluation.template, evaluation.withFirstActual(lower).input);
        ScoreCard after = ScoringEngine.score(evaluation.template, evaluation.withFirstActual(higher).input);

        assertThat(evaluation.input.indicators().get(0).indicator().dimension().category())
                .isEqualTo(IndicatorCategory.OUTPUT);
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.indicators().get(0).score()).isGreaterThanOrEqualTo(before.indicators().get(0).score());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReverseIndicatorsScoreNeverRisesWhenItsActualRises(long seed) {
        RandomEvaluation evaluation = RandomEvaluation.generate(seed, Focus.NEGATIVE);
        Random random = new Random(~seed);
        int ceiling = evaluation.firstTarget().movePointRight(2).intValueExact() * 3 + 1_000;
        BigDecimal lower = RandomEvaluation.cents(random, ceiling);
        BigDecimal higher = lower.add(RandomEvaluation.cents(random, ceiling));

        ScoreCard before = ScoringEngine.score(evaluation.template, evaluation.withFirstActual(lower).input);
        ScoreCard after = ScoringEngine.score(evaluation.template, evaluation.withFirstActual(higher).input);

        assertThat(after.indicators().get(0).score()).isLessThanOrEqualTo(before.indicators().get(0).score());
        assertThat(after.total()).isLessThanOrEqualTo(before.total());
    }
}
