package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street that keeps no ledger in Jixiao shows its summary 全年执行数 in the overview, as the score takes it; a
 * summary figure has no months, so no monitoring light is computed from it and none is invented.
 */
class SummaryFigureOverviewTest {

    @Test
    void theOverviewShowsTheLedgersFigureElseTheSummaryFigure() {
        Document summaryOnly = stored(new Document("fullYearBudget", decimal("2000000.00"))
                .append("executionSummary", new Document("executed", decimal("1500000.00"))));
        Document both = stored(new Document("fullYearBudget", decimal("2000000.00"))
                .append("executed", decimal("1800000.00"))
                .append("executionSummary", new Document("executed", decimal("1500000.00"))));

        assertThat(BoardRow.of(summaryOnly).executed().amount()).isEqualByComparingTo("1500000.00");
        assertThat(BoardRow.of(summaryOnly).monitoring(6)).isNull();
        assertThat(BoardRow.of(both).executed().amount()).isEqualByComparingTo("1800000.00");
    }

    @Test
    void aSummaryFigureWithoutMonthsGivesNoMonitoringLight() {
        assertThat(InYearMonitoring.of(Yuan.parse("2000000.00"), List.of(), 6)).isNull();
    }

    private static Document stored(Document inputs) {
        return new Document("_id", "e-1").append("projectId", "p-1").append("round", 1).append("version", 3L)
                .append("districtId", "panlong").append("tenantId", "jinchen").append("year", 2023)
                .append("workflow", new Document("status", "DRAFT"))
                .append("selfScore", new Document("inputs", inputs));
    }

    private static Decimal128 decimal(String amount) {
        return new Decimal128(new BigDecimal(amount));
    }
}
