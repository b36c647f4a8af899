package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.overview.OverviewProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The district overview of 2023 in district {@value #DISTRICT}, fed as project-service publishes:
 * <ul>
 *   <li>A-001 (jinchen): 200万 budgeted and spent, all outputs → 100.00, then reopened: round 2 self-scores 96.50;</li>
 *   <li>B-002 (tuodong): 150万, 127.5万 spent (85%), 70 of 100 outputs → 83.50 良, which the district reviewed to
 *       78.00 中;</li>
 *   <li>B-003 (tuodong): 100万, 30万 spent in May, 40 outputs → 63.00 中;</li>
 *   <li>C-004 (dongfeng): registered only, nothing to score;</li>
 *   <li>and a project of another district, which nobody here sees.</li>
 * </ul>
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictOverviewTest {

    private static final String DISTRICT = "ovd";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    void theDistrictsProjectsOf2023() throws Exception {
        OverviewProjects projects = new OverviewProjects(new ProjectEventsFixture(kafka));
        String a001 = projects.scored(DISTRICT, "jinchen", "A-001", "2000000.00", "100", month(12, "2000000.00"));
        String b002 = projects.scored(DISTRICT, "tuodong", "B-002", "1500000.00", "70",
                month(3, "300000.00"), month(6, "400000.00"), month(9, "300000.00"), month(12, "275000.00"));
        projects.scored(DISTRICT, "tuodong", "B-003", "1000000.00", "40", month(5, "300000.00"));
        projects.registered(DISTRICT, "dongfeng", "C-004");
        projects.scored("elsewhere", "jinchen", "X-001", "1000000.00", "100", month(12, "1000000.00"));
        // awaited in the store, not through the overview: the direct writes below (as the workflow would store a
        // reopening and a review) happen before the district-year is first asked for, so its board loads them
        Query district = Query.query(Criteria.where("districtId").is(DISTRICT).and("year").is(2023));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.find(district, Document.class, SelfEvaluation.COLLECTION)
                .collectList().block(), stored -> stored.size() == 4
                && sum(stored, "fullYearBudget").compareTo(new BigDecimal("4500000.00")) == 0
                && sum(stored, "executed").compareTo(new BigDecimal("3575000.00")) == 0
                && stored.stream().filter(evaluation -> card(evaluation) != null).count() == 3);

        reopen(a001, "96.50");
        review(b002, "78.00", Grade.中);
    }

    @Test
    void theOverseerSeesEveryStreetsProjectsWithTheirFiguresScoresAndGrades() {
        DistrictOverview overview = overview(Tokens.overseer(DISTRICT), "");

        assertThat(overview.rows()).extracting(OverviewRow::streetId, OverviewRow::projectCode, row -> plain(row.budget()),
                row -> plain(row.executed()), OverviewRow::executionRate, OverviewRow::selfScore, OverviewRow::selfGrade,
                OverviewRow::reviewScore, OverviewRow::grade, OverviewRow::status).containsExactly(
                tuple("dongfeng", "C-004", null, null, null, null, null, null, null, "DRAFT"),
                tuple("jinchen", "A-001", "2000000.00", "2000000.00", new BigDecimal("100.00"), new BigDecimal("96.50"),
                        Grade.优, null, Grade.优, "DRAFT"),
                tuple("tuodong", "B-002", "1500000.00", "1275000.00", new BigDecimal("85.00"), new BigDecimal("83.50"),
                        Grade.良, new BigDecimal("78.00"), Grade.中, "DRAFT"),
                tuple("tuodong", "B-003", "1000000.00", "300000.00", new BigDecimal("30.00"), new BigDecimal("63.00"),
                        Grade.中, null, Grade.中, "DRAFT"));
    }

    @Test
    void aReopenedProjectShowsOnlyItsLatestRoundAndCountsOnce() {
        DistrictOverview overview = overview(Tokens.overseer(DISTRICT), "");

        assertThat(overview.rows()).filteredOn(row -> row.projectCode().equals("A-001")).singleElement()
                .satisfies(latest -> assertThat(latest.round()).isEqualTo(2));
        assertThat(overview.summary().projects()).isEqualTo(4);
    }

    @Test
    void theTotalsAndTheGradeDistributionCoverAllProjectsAndCountTheReviewGradeOnceSet() {
        OverviewSummary summary = overview(Tokens.overseer(DISTRICT), "&size=1").summary();

        assertThat(plain(summary.budget())).isEqualTo("4500000.00");
        assertThat(plain(summary.executed())).isEqualTo("3575000.00");
        assertThat(summary.executionRate()).as("3,575,000 ÷ 4,500,000 = 79.444…%").isEqualByComparingTo("79.44");
        assertThat(summary.gradeDistribution()).extracting(OverviewSummary.GradeCount::grade, OverviewSummary.GradeCount::projects)
                .containsExactly(tuple("优", 1L), tuple("良", 0L), tuple("中", 2L), tuple("差", 0L), tuple("未评分", 1L));
    }

    @Test
    void rowsSortByEachColumnInBothDirections() {
        assertThat(codes("&sort=rate,desc")).containsExactly("A-001", "B-002", "B-003", "C-004");
        assertThat(codes("&sort=score,desc")).containsExactly("A-001", "B-002", "B-003", "C-004");
        assertThat(codes("&sort=score")).containsExactly("C-004", "B-003", "B-002", "A-001");
        assertThat(codes("&sort=budget,asc")).containsExactly("C-004", "B-003", "B-002", "A-001");
        assertThat(codes("&sort=projectCode,desc")).containsExactly("C-004", "B-003", "B-002", "A-001");
        assertThat(codes("&sort=street,desc")).as("ties keep the project code order").containsExactly("B-002", "B-003", "A-001", "C-004");
        assertThat(codes("&sort=status")).as("all drafts: by street, then code").containsExactly("C-004", "A-001", "B-002", "B-003");
    }

    @Test
    void pagesFollowTheOrderAndTheTotalsStayThoseOfAllProjects() {
        DistrictOverview second = overview(Tokens.overseer(DISTRICT), "&sort=rate,desc&size=2&page=1");

        assertThat(second.rows()).extracting(OverviewRow::projectCode).containsExactly("B-003", "C-004");
        assertThat(second.summary().projects()).isEqualTo(4);
        assertThat(second.sort()).isEqualTo("rate,desc");
    }

    @Test
    void theMonitoringLightsShowSpendingAgainstThePaceOfTheYear() {
        assertThat(overview(Tokens.overseer(DISTRICT), "&sort=projectCode&month=6").rows())
                .extracting(OverviewRow::projectCode, row -> row.monitoring() == null ? null : row.monitoring().light(),
                        row -> row.monitoring() == null ? null : row.monitoring().progress())
                .containsExactly(
                        tuple("A-001", MonitoringLight.RED, new BigDecimal("0.00")),
                        tuple("B-002", MonitoringLight.GREEN, new BigDecimal("93.33")),
                        tuple("B-003", MonitoringLight.YELLOW, new BigDecimal("60.00")),
                        tuple("C-004", null, null));
        assertThat(overview(Tokens.overseer(DISTRICT), "&sort=projectCode").rows())
                .as("a past year is shown as of December")
                .extracting(OverviewRow::projectCode, row -> row.monitoring() == null ? null : row.monitoring().light())
                .containsExactly(tuple("A-001", MonitoringLight.GREEN), tuple("B-002", MonitoringLight.GREEN),
                        tuple("B-003", MonitoringLight.RED), tuple("C-004", null));
    }

    @Test
    void theAuditorSeesTheSameOverview() {
        assertThat(overview(Tokens.auditor(DISTRICT), "").rows()).hasSize(4);
    }

    @Test
    void aStreetUserSeesOnlyTheirOwnStreetsRowsAndTotals() {
        DistrictOverview tuodong = overview(Tokens.streetEditor(DISTRICT, "tuodong"), "");

        assertThat(tuodong.rows()).extracting(OverviewRow::projectCode).containsExactly("B-002", "B-003");
        assertThat(plain(tuodong.summary().budget())).isEqualTo("2500000.00");
    }

    @Test
    void anotherDistrictsOverviewIsEmpty() {
        DistrictOverview other = overview(Tokens.overseer(DISTRICT), "&districtId=elsewhere");

        assertThat(other.rows()).isEmpty();
        assertThat(other.summary().projects()).isZero();
        assertThat(overview(Tokens.overseer("elsewhere"), "").rows()).extracting(OverviewRow::projectCode)
                .containsExactly("X-001");
    }

    @Test
    void aDistrictUserWithoutAnOversightRoleIsRefused() {
        web.mutateWith(Tokens.user("clerk", "/" + DISTRICT)).get().uri("/api/evaluations/overview?year=2023")
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badParametersAreProblemsInChineseAndEnglish() {
        web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview?year=2023&sort=name")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.allowed.length()").isEqualTo(11);
        for (String bad : List.of("year=2023&sort=rate,up", "year=2023&size=0", "year=2023&size=501", "year=2023&page=-1",
                "year=2023&month=13", "year=abc", "year=1999")) {
            web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview?" + bad)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theReviewQueueIsTheOverviewFilteredByStatusAndTheTotalCountsTheMatchingRows() {
        DistrictOverview queue = overview(Tokens.overseer(DISTRICT), "&status=SUBMITTED,UNDER_REVIEW");
        DistrictOverview goodOnes = overview(Tokens.overseer(DISTRICT), "&grade=优,良&size=1");
        DistrictOverview scored = overview(Tokens.overseer(DISTRICT), "&minScore=70&q=b-00&sort=reviewScore,desc");

        assertThat(queue.rows()).isEmpty();
        assertThat(queue.total()).isZero();
        assertThat(queue.summary().projects()).as("the summary ignores the filter").isEqualTo(4);
        assertThat(queue.summary().statusCounts()).filteredOn(count -> count.projects() > 0)
                .extracting(OverviewSummary.StatusCount::status).containsExactly(EvaluationStatus.DRAFT);
        assertThat(goodOnes.total()).isEqualTo(1);
        assertThat(goodOnes.rows()).extracting(OverviewRow::projectCode).containsExactly("A-001");
        assertThat(scored.rows()).extracting(OverviewRow::projectCode).as("B-002 reviewed to 78; B-003 scored 63")
                .containsExactly("B-002");
    }

    @Test
    void theLightCountsAreThoseOfTheRequestedMonth() {
        assertThat(overview(Tokens.overseer(DISTRICT), "&month=6").summary().lightCounts())
                .extracting(OverviewSummary.LightCount::light, OverviewSummary.LightCount::projects)
                .containsExactly(tuple(OverviewLight.RED, 1L), tuple(OverviewLight.YELLOW, 1L),
                        tuple(OverviewLight.GREEN, 1L), tuple(OverviewLight.NONE, 1L));
    }

    @Test
    void badFiltersAreProblemsInChineseAndEnglish() {
        for (String bad : List.of("status=SENT", "grade=A", "light=BLUE", "minScore=90&maxScore=80", "minScore=abc",
                "maxScore=101", "minScore=-1")) {
            web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview?year=2023&" + bad)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview?year=2023&status=SENT")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-filter")
                .jsonPath("$.parameter").isEqualTo("status")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("状态「SENT」无效")
                        .contains("status \"SENT\" is invalid"));
    }

    private List<String> codes(String query) {
        return overview(Tokens.overseer(DISTRICT), query).rows().stream().map(OverviewRow::projectCode).toList();
    }

    private DistrictOverview overview(WebTestClientConfigurer user, String query) {
        return web.mutateWith(user).get().uri("/api/evaluations/overview?year=2023" + query)
                .exchange().expectStatus().isOk()
                .expectBody(DistrictOverview.class).returnResult().getResponseBody();
    }

    /** Reopening as the workflow stores it: a copy of the evaluation as round 2, self-scored anew. */
    private void reopen(String projectId, String total) {
        Document first = mongo.findOne(Query.query(Criteria.where("projectId").is(projectId).and("round").is(1)),
                Document.class, SelfEvaluation.COLLECTION).block();
        Document second = new Document(first);
        second.put("_id", projectId + "-round-2");
        second.put("round", 2);
        Document selfScore = new Document(first.get("selfScore", Document.class));
        Document card = new Document(selfScore.get("card", Document.class));
        card.put("total", new Decimal128(new BigDecimal(total)));
        selfScore.put("card", card);
        second.put("selfScore", selfScore);
        mongo.insert(second, SelfEvaluation.COLLECTION).block();
    }

    /** The district's 复核分 as the review workflow stores it, next to the self-score. */
    private void review(String projectId, String total, Grade grade) {
        mongo.updateFirst(Query.query(Criteria.where("projectId").is(projectId)),
                new Update().set("review.total", new Decimal128(new BigDecimal(total))).set("review.grade", grade.name()),
                SelfEvaluation.COLLECTION).block();
    }

    private static BigDecimal sum(List<Document> stored, String input) {
        return stored.stream().map(evaluation -> evaluation.get("selfScore", new Document()).get("inputs", new Document())
                .get(input)).filter(Decimal128.class::isInstance).map(value -> ((Decimal128) value).bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Object card(Document evaluation) {
        return evaluation.get("selfScore", new Document()).get("card");
    }

    private static String plain(cn.jixiao.contracts.money.Yuan amount) {
        return amount == null ? null : amount.amount().toPlainString();
    }
}
