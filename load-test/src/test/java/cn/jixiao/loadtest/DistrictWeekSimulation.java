package cn.jixiao.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import cn.jixiao.loadtest.client.Tokens;
import cn.jixiao.loadtest.knee.KneeTable;
import cn.jixiao.loadtest.ledger.LedgerWorkbook;
import cn.jixiao.loadtest.seed.SeedPlan;

/**
 * A district's busiest week, scaled down to one machine, against a running local stack seeded by
 * {@code SeedDistrict}: street editors register projects, set their budgets, import their ledgers (XLSX), define
 * indicators, report actuals and preview reports; their street's approver submits what they finished; the district
 * overseer pages the overview and the summary and reviews what was submitted; the auditor reads lists, projects and
 * audit trails. Users arrive in an open model (visits per second, rising in steps to find the knee), each signed in
 * once by Keycloak's password grant before the run (a person keeps their token), never per request.
 *
 * <p>Targets, asserted at the end: p95 under 300 ms for every write and under 150 ms for every read, and no error.
 * The plugin does not fail the build on a miss: the report under {@code load-test/target/gatling/} says which hold.
 *
 * <p>The gateway limits each user to 50 requests/s and each street or district to 200/s (#9). The editors are spread
 * over {@code load.streets} accounts; the district's overseer and auditor are one account each, as in the demo realm,
 * so above about 10 visits/s their requests meet the limit: run the stack with {@code JIXIAO_RATE_LIMIT_ENABLED=false}
 * for the knee beyond that (docs/measurements.md says which way each figure was taken).
 */
public class DistrictWeekSimulation extends Simulation {

    static final String DISTRICT = "jixiao:panlong";
    static final String XLSX = LedgerWorkbook.CONTENT_TYPE;
    static final BigDecimal BUDGET = new BigDecimal("100000.00");
    static final List<String> SORTS = List.of("street", "projectCode", "projectName", "budget", "executed", "rate",
            "score", "reviewScore", "grade", "light", "status");
    static final List<String> AUDITOR_FILTERS = List.of("light=RED", "grade=未评分", "status=SUBMITTED,UNDER_REVIEW",
            "q=养老", "minScore=80");

    /** The seeded 200 × 30 rows in pages of 50, the overview page's size. */
    static final int SEEDED_PAGES = 200 * 30 / 50;

    /** Requests that change something: p95 < 300 ms. */
    static final List<String> WRITES = List.of("register project", "set budget", "import ledger (XLSX)",
            "define indicators", "report actuals", "submit", "start review", "approve");
    /** Requests that only read: p95 < 150 ms. */
    static final List<String> READS = List.of("project list (street)", "report preview", "evaluation (approver)",
            "score (approver)", "overview page", "district summary", "evaluation (review)", "overview filtered",
            "project list (district)", "project", "audit trail");

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final Tokens tokens = Tokens.ofRealm(settings.keycloak());
    private final Handoffs handoffs = new Handoffs();
    private final byte[] ledger = LedgerWorkbook.xlsx(settings.year(), BUDGET, 12);
    private final KneeTable knee = new KneeTable(System::currentTimeMillis);

    {
        signEveryoneIn();
        setUp(populations()).protocols(protocol()).assertions(assertions());
    }

    @Override
    public void before() {
        knee.start();
    }

    /** The knee table of the run, printed and written next to Gatling's report. */
    @Override
    public void after() {
        List<KneeTable.Level> levels = switch (settings.profile()) {
            case "constant" -> List.of(new KneeTable.Level(settings.rate(), 0, settings.held().toSeconds()));
            case "smoke" -> List.of(new KneeTable.Level(0, 0, 120));
            default -> KneeTable.stairs(settings.rate(), settings.rate(), settings.steps(), settings.step().toSeconds(), RAMP.toSeconds());
        };
        String table = KneeTable.markdown(knee.rows(levels));
        System.out.println("\nknee table (" + settings.profile() + ", requests by the level they were answered in):\n" + table);
        try {
            Path file = Path.of("target", "gatling", "knee-" + settings.profile() + "-" + System.currentTimeMillis() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpProtocolBuilder protocol() {
        return http.baseUrl(settings.gateway()).acceptHeader("application/json").userAgentHeader("jixiao-load-test")
                .shareConnections();
    }

    // ---------- who takes part

    private List<String> editorAccounts() {
        return IntStream.rangeClosed(1, settings.streets()).mapToObj(n -> new SeedPlan.Street(n).editor()).toList();
    }

    /** Everyone signs in before the clock starts, as people at work already are. */
    private void signEveryoneIn() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> signIns = new ArrayList<>();
            for (String editor : editorAccounts()) {
                signIns.add(pool.submit(() -> tokens.of(editor, settings.editorPassword())));
            }
            for (String demo : List.of("panlong-overseer", "panlong-auditor")) {
                signIns.add(pool.submit(() -> tokens.of(demo, settings.demoPassword())));
            }
            for (Future<String> signIn : signIns) {
                signIn.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign everyone in; is the district seeded (SeedDistrict)?", e);
        } finally {
            pool.shutdown();
        }
    }

    private ChainBuilder as(String username, String password) {
        return exec(session -> session.set("token", tokens.of(username, password)));
    }

    private ChainBuilder asStreetEditor() {
        return exec(session -> session.set("token", tokens.of(session.getString("street") + "-editor", settings.editorPassword())));
    }

    /**
     * A request of the named kind with the user's token; its response time also goes into the knee table, counted
     * as a write or a read by its name. Each request starts its session unmarked, so that a failure is the
     * request's own (a visit's later requests still fail when an earlier one left them without an id).
     */
    private ChainBuilder timed(String name, Function<Http, HttpRequestActionBuilder> request) {
        boolean write = WRITES.contains(name);
        return exec(Session::markAsSucceeded)
                .exec(request.apply(http(name)).header("Authorization", "Bearer #{token}")
                        .check(responseTimeInMillis().saveAs("responseMillis")))
                .exec(session -> {
                    if (session.contains("responseMillis")) {
                        knee.record(write, session.getInt("responseMillis"), !session.isFailed());
                    }
                    return session.remove("responseMillis");
                });
    }

    // ---------- the street editor

    private ScenarioBuilder streetEditors() {
        return scenario("street editor")
                .exec(session -> session.set("street", new SeedPlan.Street(
                        ThreadLocalRandom.current().nextInt(1, settings.streets() + 1)).name()).set("year", settings.year()))
                .exec(asStreetEditor())
                .exec(timed("project list (street)", h -> h.get("/api/projects?year=#{year}&size=50")
                        .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("seededProjectId"))))
                .exec(timed("register project", h -> h.post("/api/projects")
                        .body(StringBody(this::registration)).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("projectId"))))
                .exec(timed("set budget", h -> h.put("/api/projects/#{projectId}/budget")
                        .body(StringBody(budget())).asJson().check(status().is(200))))
                .exec(timed("import ledger (XLSX)", h -> h.post("/api/projects/#{projectId}/expenditures/import")
                        .bodyPart(ByteArrayBodyPart("file", ledger).fileName("支出明细.xlsx").contentType(XLSX))
                        .asMultipartForm().check(status().is(201))))
                .exec(timed("define indicators", h -> h.put("/api/projects/#{projectId}/indicators")
                        .body(StringBody(indicators())).asJson()
                        .check(status().is(200), jsonPath("$.version").saveAs("indicatorsVersion"))))
                .exec(timed("report actuals", h -> h.put("/api/projects/#{projectId}/indicators/actuals")
                        .body(StringBody(session -> actuals(session.getString("indicatorsVersion")))).asJson()
                        .check(status().is(200))))
                .exec(session -> {
                    if (!session.isFailed()) {
                        handoffs.projectCompleted(session.getString("street"), session.getString("projectId"));
                    }
                    return session;
                })
                .exec(timed("report preview", h -> h.get("/api/reports/#{seededProjectId}/document")
                        .check(status().is(200))));
    }

    private String registration(Session session) {
        String code = String.format("LT-%d-%s-%08x", settings.year(), session.getString("street"),
                ThreadLocalRandom.current().nextInt());
        String unit = "昆明市盘龙区人民政府" + session.getString("street") + "街道办事处";
        return "{\"code\":\"" + code + "\",\"name\":\"社区睦邻家园建设专项资金\",\"year\":" + settings.year()
                + ",\"competentDepartment\":\"" + unit + "\",\"implementingUnit\":\"" + unit + "\"}";
    }

    private static String budget() {
        String amount = BUDGET.toPlainString();
        return "{\"initialBudget\":" + amount + ",\"bySource\":[{\"source\":\"CURRENT_YEAR_APPROPRIATION\",\"initial\":"
                + amount + ",\"fullYear\":" + amount + "}],\"byClassification\":[{\"code\":\"30227\",\"amount\":" + amount + "}]}";
    }

    /** Three lines that fit the national template's parts (产出 50, 效益 30, 满意度 10; 预算执行率 10 is the ledger's). */
    private static String indicators() {
        return "{\"indicators\":["
                + indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥10次", "50") + ","
                + indicator("participants", "EFFECT", "SOCIAL_BENEFIT", "参与群众人次", "≥1000人次", "30") + ","
                + indicator("satisfaction", "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", "≥90%", "10") + "]}";
    }

    private static String indicator(String id, String category, String dimension, String name, String target, String weight) {
        return "{\"id\":\"" + id + "\",\"category\":\"" + category + "\",\"dimension\":\"" + dimension + "\",\"name\":\""
                + name + "\",\"target\":\"" + target + "\",\"direction\":\"POSITIVE\",\"weight\":" + weight
                + ",\"dataSource\":\"活动台账\"}";
    }

    /** Every target met, so no 偏差原因 is owed and the approver can submit. */
    private static String actuals(String version) {
        return "{\"version\":" + version + ",\"actuals\":["
                + "{\"indicatorId\":\"activities\",\"actual\":\"12次\"},"
                + "{\"indicatorId\":\"participants\",\"actual\":\"1200人次\"},"
                + "{\"indicatorId\":\"satisfaction\",\"actual\":\"95%\"}]}";
    }

    // ---------- the street approver

    private ScenarioBuilder streetApprovers() {
        return scenario("street approver")
                .exec(session -> handoffs.nextToSubmit()
                        .map(work -> session.set("street", work.street()).set("projectId", work.projectId()).set("hasWork", true))
                        .orElse(session.set("hasWork", false)))
                .doIf("#{hasWork}").then(exec(asStreetEditor())
                        .exec(session -> session.set("tries", 0).set("blocking", -1))
                        // the score follows the editor's saves through Kafka; the page asks again until it has
                        .asLongAs(session -> session.getInt("blocking") != 0 && session.getInt("tries") < 30).on(
                                exec(session -> session.set("tries", session.getInt("tries") + 1))
                                        .exec(timed("evaluation (approver)", h -> h.get("/api/evaluations/current?projectId=#{projectId}")
                                                .check(status().in(200, 404), jsonPath("$.id").optional().saveAs("evaluationId"))))
                                        .doIf(session -> session.contains("evaluationId")).then(
                                                exec(timed("score (approver)", h -> h.get("/api/evaluations/#{evaluationId}/score")
                                                        .check(status().is(200), jsonPath("$.blockingItems[*]").count().saveAs("blocking")))))
                                        .doIf(session -> session.getInt("blocking") != 0).then(pause(Duration.ofSeconds(1))))
                        .exec(timed("evaluation (approver)", h -> h.get("/api/evaluations/current?projectId=#{projectId}")
                                .check(status().is(200), jsonPath("$.id").saveAs("evaluationId"),
                                        jsonPath("$.version").saveAs("evaluationVersion"))))
                        .exec(timed("submit", h -> h.post("/api/evaluations/#{evaluationId}/submit")
                                .body(StringBody("{\"version\":#{evaluationVersion}}")).asJson().check(status().is(200))))
                        .exec(session -> {
                            if (!session.isFailed()) {
                                handoffs.evaluationSubmitted(new Handoffs.Work(session.getString("street"),
                                        session.getString("projectId"), session.getString("evaluationId")));
                            }
                            return session;
                        }));
    }

    // ---------- the district overseer

    private ScenarioBuilder overseers() {
        return scenario("district overseer")
                .exec(as("panlong-overseer", settings.demoPassword()))
                .exec(session -> session.set("year", settings.year())
                        .set("sort", SORTS.get(ThreadLocalRandom.current().nextInt(SORTS.size()))
                                + (ThreadLocalRandom.current().nextBoolean() ? ",asc" : ",desc"))
                        .set("page", ThreadLocalRandom.current().nextInt(SEEDED_PAGES)))
                .exec(timed("overview page", h -> h.get("/api/evaluations/overview?year=#{year}&districtId=" + DISTRICT
                        + "&sort=#{sort}&page=#{page}&size=50").check(status().is(200))))
                .exec(timed("district summary", h -> h.get("/api/reports/districts/" + DISTRICT + "/summary?year=#{year}")
                        .check(status().is(200))))
                .exec(session -> handoffs.nextToReview()
                        .map(work -> session.set("evaluationId", work.evaluationId()).set("hasWork", true))
                        .orElse(session.set("hasWork", false)))
                .doIf("#{hasWork}").then(
                        exec(timed("evaluation (review)", h -> h.get("/api/evaluations/#{evaluationId}")
                                .check(status().is(200), jsonPath("$.version").saveAs("evaluationVersion"))))
                        .exec(timed("start review", h -> h.post("/api/evaluations/#{evaluationId}/start-review")
                                .body(StringBody("{\"version\":#{evaluationVersion}}")).asJson()
                                .check(status().is(200), jsonPath("$.version").saveAs("evaluationVersion"))))
                        .exec(timed("approve", h -> h.post("/api/evaluations/#{evaluationId}/approve")
                                .body(StringBody("{\"version\":#{evaluationVersion}}")).asJson().check(status().is(200)))));
    }

    // ---------- the auditor

    private ScenarioBuilder auditors() {
        return scenario("auditor")
                .exec(as("panlong-auditor", settings.demoPassword()))
                .exec(session -> session.set("year", settings.year())
                        .set("filter", AUDITOR_FILTERS.get(ThreadLocalRandom.current().nextInt(AUDITOR_FILTERS.size())))
                        .set("page", ThreadLocalRandom.current().nextInt(20)))
                .exec(timed("overview filtered", h -> h.get("/api/evaluations/overview?year=#{year}&districtId=" + DISTRICT
                        + "&#{filter}&size=50").check(status().is(200))))
                .exec(timed("project list (district)", h -> h.get("/api/projects?year=#{year}&size=50&page=#{page}")
                        .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("projectId"))))
                .exec(timed("project", h -> h.get("/api/projects/#{projectId}").check(status().is(200))))
                .exec(timed("audit trail", h -> h.get("/api/projects/#{projectId}/audit").check(status().is(200))));
    }

    // ---------- how they arrive

    private static final Duration RAMP = Duration.ofSeconds(5);

    /** Shares of the visits: most are editors' in the week before the deadline. */
    private static final Map<String, Double> SHARES = Map.of("street editor", 0.4, "street approver", 0.15,
            "district overseer", 0.25, "auditor", 0.2);

    private List<PopulationBuilder> populations() {
        if (settings.smoke()) {
            // the approver waits for the editor's project, the overseer for the approver's submission
            return List.of(streetEditors().injectOpen(atOnceUsers(1)),
                    auditors().injectOpen(atOnceUsers(1)),
                    streetApprovers().injectOpen(nothingFor(Duration.ofSeconds(8)), atOnceUsers(1)),
                    overseers().injectOpen(nothingFor(Duration.ofSeconds(40)), atOnceUsers(1)));
        }
        return List.of(streetEditors().injectOpen(arrivals("street editor")),
                streetApprovers().injectOpen(arrivals("street approver")),
                overseers().injectOpen(arrivals("district overseer")),
                auditors().injectOpen(arrivals("auditor")));
    }

    private OpenInjectionStep arrivals(String kind) {
        double rate = settings.rate() * SHARES.get(kind);
        if ("constant".equals(settings.profile())) {
            return constantUsersPerSec(rate).during(settings.held());
        }
        return incrementUsersPerSec(rate).times(settings.steps()).eachLevelLasting(settings.step())
                .separatedByRampsLasting(RAMP).startingFrom(rate);
    }

    private static List<Assertion> assertions() {
        return Stream.of(
                        WRITES.stream().map(name -> details(name).responseTime().percentile(95.0).lt(300)),
                        READS.stream().map(name -> details(name).responseTime().percentile(95.0).lt(150)),
                        Stream.of(global().failedRequests().count().is(0L)))
                .flatMap(s -> s).toList();
    }
}
