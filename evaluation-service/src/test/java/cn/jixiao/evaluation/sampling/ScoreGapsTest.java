package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.scoring.ExecutionScore;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.selfevaluation.ReviewScore;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;

import static org.assertj.core.api.Assertions.assertThat;

/** The gap report of 抽查复核: self-score beside 复核分, per street and per kind of indicator, to the cent. */
class ScoreGapsTest {

    @Test
    void eachReScoredLineCountsForItsStreetItsPartItsDimensionAndTheWhole() {
        ScoreGaps.Report report = ScoreGaps.of(List.of(
                new ScoreGaps.ReScored("e1", "jinchen", card("9.00", "40.00", "18.00", "10.00"), List.of(
                        reScore("quantity", "30.00"), reScore("satisfaction", "8.50"))),
                new ScoreGaps.ReScored("e2", "jinchen", card("10.00", "40.00", "20.00", "10.00"), List.of(
                        reScore("quantity", "36.00"), reScore(null, "8.00"))),
                new ScoreGaps.ReScored("e3", "tuodong", card("10.00", "35.00", "20.00", "9.00"), List.of(
                        reScore("social", "20.00"))),
                new ScoreGaps.ReScored("e4", "tuodong", card("10.00", "40.00", "20.00", "10.00"), List.of())));

        assertThat(report.streets()).extracting(GapRow::key, GapRow::evaluations, GapRow::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jinchen", 2, 4),
                        org.assertj.core.groups.Tuple.tuple("tuodong", 1, 1));
        GapRow jinchen = report.streets().get(0);
        // (40 + 10 + 40 + 10) − (30 + 8.5 + 36 + 8) = 100 − 82.5
        assertThat(jinchen.selfScore()).isEqualByComparingTo("100.00");
        assertThat(jinchen.reviewScore()).isEqualByComparingTo("82.50");
        assertThat(jinchen.gap()).isEqualByComparingTo("17.50");
        assertThat(jinchen.gapPerEvaluation()).isEqualByComparingTo("8.75");
        assertThat(jinchen.gapPercent()).isEqualByComparingTo("17.50");
        GapRow tuodong = report.streets().get(1);
        assertThat(tuodong.gap()).as("the reviewer agreed").isEqualByComparingTo("0");

        assertThat(report.parts()).extracting(GapRow::key).as("parts in the form's order, only those re-scored")
                .containsExactly(ScoreGaps.EXECUTION, "OUTPUT", "EFFECT", "SATISFACTION");
        assertThat(report.parts().get(0).label()).isEqualTo("预算执行率");
        assertThat(report.parts().get(0).gap()).isEqualByComparingTo("2.00");
        assertThat(report.parts().get(1).label()).isEqualTo("产出指标");
        assertThat(report.parts().get(1).lines()).isEqualTo(2);
        assertThat(report.parts().get(1).gap()).isEqualByComparingTo("14.00");
        assertThat(report.parts().get(3).gap()).isEqualByComparingTo("1.50");

        assertThat(report.dimensions()).extracting(GapRow::key, GapRow::parent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("QUANTITY", "OUTPUT"),
                org.assertj.core.groups.Tuple.tuple("SOCIAL_BENEFIT", "EFFECT"),
                org.assertj.core.groups.Tuple.tuple("BENEFICIARY_SATISFACTION", "SATISFACTION"));
        assertThat(report.dimensions().get(0).label()).isEqualTo("数量指标");

        assertThat(report.overall().evaluations()).isEqualTo(3);
        assertThat(report.overall().lines()).isEqualTo(5);
        assertThat(report.overall().gap()).isEqualByComparingTo("17.50");
        assertThat(report.overall().gapPerEvaluation()).as("17.50 / 3, half up").isEqualByComparingTo("5.83");
    }

    @Test
    void aReviewerScoringHigherThanTheStreetShowsANegativeGap() {
        ScoreGaps.Report report = ScoreGaps.of(List.of(new ScoreGaps.ReScored("e1", "jinchen",
                card("9.00", "30.00", "18.00", "7.00"), List.of(reScore("quantity", "33.00")))));
        assertThat(report.overall().gap()).isEqualByComparingTo("-3.00");
        assertThat(report.overall().gapPercent()).isEqualByComparingTo("-10.00");
    }

    @Test
    void nothingReScoredIsAnEmptyReport() {
        ScoreGaps.Report report = ScoreGaps.of(List.of());
        assertThat(report.streets()).isEmpty();
        assertThat(report.parts()).isEmpty();
        assertThat(report.overall().lines()).isZero();
        assertThat(report.overall().gap()).isEqualByComparingTo("0");
        assertThat(report.overall().gapPerEvaluation()).isNull();
        assertThat(report.overall().gapPercent()).isNull();
    }

    /** 预算执行率 of 10, 数量 of 40, 社会效益 of 20, 满意度 of 10, as self-scored. */
    static ScoreCard card(String execution, String quantity, String social, String satisfaction) {
        return new ScoreCard(new TemplateRef("national-default", 1),
                new ExecutionScore(Yuan.parse("100.00"), Yuan.parse("90.00"), new BigDecimal("90.00"), BigDecimal.TEN,
                        new BigDecimal(execution), "90%"),
                List.of(line("quantity", IndicatorDimension.QUANTITY, "40", quantity),
                        line("social", IndicatorDimension.SOCIAL_BENEFIT, "20", social),
                        line("satisfaction", IndicatorDimension.BENEFICIARY_SATISFACTION, "10", satisfaction)),
                List.of(), new BigDecimal(execution).add(new BigDecimal(quantity)).add(new BigDecimal(social))
                        .add(new BigDecimal(satisfaction)), Grade.优, "优秀", List.of());
    }

    private static IndicatorScore line(String id, IndicatorDimension dimension, String weight, String score) {
        return new IndicatorScore(id, dimension, id, new BigDecimal(weight), new BigDecimal(weight),
                new BigDecimal(score), false, "");
    }

    private static ReviewScore reScore(String indicatorId, String score) {
        return new ReviewScore(indicatorId, new BigDecimal(score), "抽查复核", "panlong-overseer",
                Instant.parse("2024-03-01T02:00:00Z"));
    }
}
