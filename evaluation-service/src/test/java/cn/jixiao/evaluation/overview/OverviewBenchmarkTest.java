package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.evaluation.benchmark.BenchmarkSize;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.overview.OverviewProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark (b) of issue #4: the district overview's p95 for 200 streets × 30 projects (6,000 evaluations), target
 * under 200 ms. One project is fed through the events as project-service publishes it; its stored document is
 * then copied 6,000 times with other streets, codes, budgets, spending and scores, so the documents are laid out
 * exactly as the service stores them, straight into the store before the overview is first asked for, as the
 * bench seeding tool does on a running stack: the first request loads them into the {@link OverviewBoard} and is
 * timed on its own. Then each request is timed end to end through the web layer; the requests cycle through sort
 * keys, a filter and several pages. The board's own work (scope, filter, sort, page and summary in memory) is also
 * timed, to show how much of the time is the web layer's. The normal build runs 5 streets × 30 projects and 8
 * requests; {@code -Djixiao.benchmark=full} runs the full size. The target is printed, not enforced.
 */
@ServiceTest
class OverviewBenchmarkTest {

    private static final String DISTRICT = "bench";
    private static final int PROJECTS_PER_STREET = 30;
    private static final int PAGE_SIZE = 50;
    private static final List<String> SORTS = List.of("rate,desc", "score,desc", "budget", "street", "projectCode,desc",
            "status", "grade,desc", "light", "projectName", "executed,desc");
    private static final TenantAccess OVERSEER = new TenantAccess("bench", "bench", DISTRICT, null,
            Set.of(Role.DISTRICT_OVERSEER));

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    OverviewBoard board;

    /** The full pages the requests cycle through, at most the first five. */
    private int pages;

    @Test
    void theDistrictOverviewOf200StreetsWith30ProjectsEachAnswersWithinItsTarget() throws Exception {
        int streets = BenchmarkSize.of(200, 5);
        int requests = BenchmarkSize.of(100, 8);
        storeDistrict(streets);
        int evaluations = streets * PROJECTS_PER_STREET;
        pages = Math.min(5, evaluations / PAGE_SIZE);

        long loadStart = System.nanoTime();
        request(0);
        long firstRequest = (System.nanoTime() - loadStart) / 1_000_000;
        for (int i = 0; i < BenchmarkSize.of(10, 3); i++) {
            request(i);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            DistrictOverview overview = request(i);
            nanos[i] = System.nanoTime() - start;
            assertThat(overview.summary().projects()).isEqualTo(evaluations);
            assertThat(overview.rows()).hasSize(PAGE_SIZE);
        }
        long[] boardNanos = new long[requests];
        DistrictYearRows rows = board.rows(DISTRICT, 2023).block();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            rows.page(OVERSEER, OverviewFilter.NONE, OverviewSort.parse(SORTS.get(i % SORTS.size())), i % pages, PAGE_SIZE, 12);
            boardNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(boardNanos);
        long p50 = BenchmarkSize.percentile(nanos, 50) / 1_000_000;
        long p95 = BenchmarkSize.percentile(nanos, 95) / 1_000_000;
        System.out.printf("[benchmark #4b] district overview, %d streets × %d projects = %,d evaluations, %d requests: "
                        + "first request (loads the board) %d ms; then p50 %d ms, p95 %d ms, max %d ms (target p95 < 200 ms); "
                        + "the board alone: p50 %.1f ms, p95 %.1f ms; load average %.1f%n",
                streets, PROJECTS_PER_STREET, evaluations, requests, firstRequest, p50, p95, nanos[nanos.length - 1] / 1_000_000,
                BenchmarkSize.percentile(boardNanos, 50) / 1e6, BenchmarkSize.percentile(boardNanos, 95) / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // a gross regression (a query per row, a pipeline that no longer groups) fails even on the wire server
        assertThat(Duration.ofMillis(p95)).isLessThan(Duration.ofSeconds(BenchmarkSize.full() ? 10 : 5));
    }

    /** Every fifth request filters by light, as the page's filter form does; the others sort and page everything. */
    private DistrictOverview request(int i) {
        String sort = SORTS.get(i % SORTS.size());
        String light = i % 5 == 4 ? "RED,YELLOW,GREEN,NONE" : "";
        return web.mutateWith(Tokens.overseer(DISTRICT)).get()
                .uri("/api/evaluations/overview?year=2023&size={size}&sort={sort}&page={page}&light={light}", PAGE_SIZE,
                        sort, i % pages, light)
                .exchange().expectStatus().isOk()
                .expectBody(DistrictOverview.class).returnResult().getResponseBody();
    }

    /** Copies one event-fed evaluation into {@code streets} × 30 evaluations of the benchmark district. */
    private void storeDistrict(int streets) throws Exception {
        OverviewProjects projects = new OverviewProjects(new ProjectEventsFixture(kafka));
        String fed = projects.scored("bench-template", "jinchen", "T-001", "1000000.00", "90",
                month(4, "300000.00"), month(8, "300000.00"), month(12, "300000.00"));
        Query fedQuery = Query.query(Criteria.where("projectId").is(fed).and("selfScore.card").exists(true)
                .and("selfScore.inputs.spentByMonth.2").exists(true));
        Document template = await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findOne(fedQuery, Document.class, SelfEvaluation.COLLECTION).block(), found -> found != null);
        List<Document> batch = new ArrayList<>();
        for (int street = 0; street < streets; street++) {
            for (int project = 0; project < PROJECTS_PER_STREET; project++) {
                batch.add(copy(template, street, project));
            }
            if (batch.size() >= 1_000) {
                mongo.insert(batch, SelfEvaluation.COLLECTION).blockLast();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, SelfEvaluation.COLLECTION).blockLast();
        }
    }

    private static Document copy(Document template, int street, int project) {
        int n = street * PROJECTS_PER_STREET + project;
        Document copy = new Document(template);
        copy.put("_id", "bench-evaluation-" + n);
        copy.put("projectId", "bench-project-" + n);
        copy.put("districtId", DISTRICT);
        copy.put("tenantId", String.format("street-%03d", street));
        copy.put("projectCode", String.format("530103-2023-B%03d-%03d", street, project));
        Document selfScore = new Document(template.get("selfScore", Document.class));
        Document inputs = new Document(selfScore.get("inputs", Document.class));
        BigDecimal budget = BigDecimal.valueOf(500_000 + 10_000L * (n % 97), 0).setScale(2);
        inputs.put("fullYearBudget", new Decimal128(budget));
        inputs.put("executed", new Decimal128(budget.multiply(BigDecimal.valueOf(40 + n % 61)).movePointLeft(2).setScale(2)));
        selfScore.put("inputs", inputs);
        Document card = new Document(selfScore.get("card", Document.class));
        BigDecimal total = BigDecimal.valueOf(5_000 + (n * 37L) % 5_001, 2);
        card.put("total", new Decimal128(total));
        card.put("grade", total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
                : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良" : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差");
        selfScore.put("card", card);
        copy.put("selfScore", selfScore);
        return copy;
    }
}
