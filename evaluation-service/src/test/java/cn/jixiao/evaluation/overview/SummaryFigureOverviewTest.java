package cn.jixiao.evaluation.overview;

import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street that keeps no ledger in Jixiao shows its summary 全年执行数 in the overview, as the score takes it; a
 * summary figure has no months, so no monitoring light is computed from it and none is invented.
 */
class SummaryFigureOverviewTest {

    private static final Document SCOPE = new Document("districtId", "panlong").append("year", 2023);

    @Test
    void theOverviewShowsTheLedgersFigureElseTheSummaryFigure() {
        Document group = OverviewPipeline.latestRounds(SCOPE).stream().filter(stage -> stage.containsKey("$group"))
                .findFirst().orElseThrow().get("$group", Document.class);

        assertThat(group.get("executed")).isEqualTo(new Document("$first", new Document("$ifNull", Arrays.asList(
                "$selfScore.inputs.executed", "$selfScore.inputs.executionSummary.executed"))));
        assertThat(group.get("spentByMonth")).isEqualTo(new Document("$first", "$selfScore.inputs.spentByMonth"));
    }

    @Test
    void aSummaryFigureWithoutMonthsGivesNoMonitoringLight() {
        assertThat(InYearMonitoring.of(Yuan.parse("2000000.00"), List.of(), 6)).isNull();
    }
}
