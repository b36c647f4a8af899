package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewPipelineTest {

    private static final Document SCOPE = new Document("districtId", "panlong").append("year", 2023);

    @Test
    void theRequestedColumnOrdersFirstAndTheTieBreakNeverOverridesIt() {
        Document order = sortStage(OverviewPipeline.page(SCOPE, OverviewSort.parse("projectCode,desc"), 0, 50));

        assertThat(order).containsExactly(entry("projectCode", -1), entry("streetId", 1), entry("_id", 1));
    }

    @Test
    void aPageSkipsThePagesBeforeIt() {
        List<Document> stages = OverviewPipeline.page(SCOPE, OverviewSort.DEFAULT, 3, 50);

        assertThat(stages.get(stages.size() - 2)).isEqualTo(new Document("$skip", 150L));
        assertThat(stages.get(stages.size() - 1)).isEqualTo(new Document("$limit", 50));
    }

    @Test
    void bothPipelinesStartFromTheCallersScopeAndTheLatestRoundOfEachProject() {
        for (List<Document> pipeline : List.of(OverviewPipeline.page(SCOPE, OverviewSort.DEFAULT, 0, 50),
                OverviewPipeline.summary(SCOPE))) {
            assertThat(pipeline.get(0)).isEqualTo(new Document("$match", SCOPE));
            assertThat(pipeline.get(1)).isEqualTo(new Document("$sort", new Document("projectId", 1).append("round", -1)));
            assertThat(pipeline).extracting(stage -> stage.keySet().iterator().next()).doesNotContain("$facet");
        }
    }

    @Test
    void theSummaryListsEveryGradeInOrderWithTheUngradedLastAndAddsUpTheBuckets() {
        OverviewSummary summary = OverviewSummary.of(List.of(
                bucket("良", 2, "2500000.00", "2000000.00"),
                bucket(null, 1, 0, 0),
                bucket("优", 3, "3000000.00", "3000000.00")));

        assertThat(summary.projects()).isEqualTo(6);
        assertThat(summary.budget().amount()).isEqualByComparingTo("5500000.00");
        assertThat(summary.executed().amount()).isEqualByComparingTo("5000000.00");
        assertThat(summary.executionRate()).isEqualByComparingTo("90.91");
        assertThat(summary.gradeDistribution()).extracting(OverviewSummary.GradeCount::grade)
                .containsExactly("优", "良", "中", "差", "未评分");
        assertThat(summary.gradeDistribution()).extracting(OverviewSummary.GradeCount::projects)
                .containsExactly(3L, 2L, 0L, 0L, 1L);
    }

    @Test
    void noProjectsGiveZeroTotalsAndNoRate() {
        OverviewSummary summary = OverviewSummary.of(List.of());

        assertThat(summary.projects()).isZero();
        assertThat(summary.budget().amount()).isEqualByComparingTo("0");
        assertThat(summary.executionRate()).isNull();
    }

    private static Document sortStage(List<Document> stages) {
        return stages.stream().filter(stage -> stage.containsKey("$sort")).reduce((first, last) -> last).orElseThrow()
                .get("$sort", Document.class);
    }

    private static java.util.Map.Entry<String, Object> entry(String key, int value) {
        return java.util.Map.entry(key, value);
    }

    private static Document bucket(String grade, int projects, Object budget, Object executed) {
        return new Document("_id", grade).append("projects", projects)
                .append("budget", budget instanceof String text ? new Decimal128(new BigDecimal(text)) : budget)
                .append("executed", executed instanceof String text ? new Decimal128(new BigDecimal(text)) : executed);
    }
}
