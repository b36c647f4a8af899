package cn.jixiao.systemtests.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.types.Decimal128;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the overview benchmark's district into a running local stack ({@code ./jixiao up}): 200 streets × 30
 * projects of 盘龙区 in a year the demo does not use (2030), 6,000 self-evaluations in evaluation-service's store. A
 * tool to run by hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.OverviewSeeder [-Dexec.args="year=2030 streets=200 projects=30"]</pre>
 *
 * <p>{@code remove} as an argument only removes what an earlier run seeded. {@code noask} leaves out the overview
 * request at the end, so a trial seed (e.g. {@code streets=20 noask}, then {@code remove}) does not load the year's
 * board with rows that are about to go. Running it again replaces the earlier
 * seed of that year. The copies are slim by default ({@link #slim}); {@code full} keeps every part of the copied
 * evaluation, which the local stack's in-process wire server cannot hold 6,000 of: use it only against a real
 * MongoDB ({@code mongo=mongodb://…}).
 *
 * <p>Why it writes the store instead of calling the API: a realistic evaluation needs a project, its budget, ledger,
 * indicators and actuals, each a call through project-service and an event to evaluation-service; 6,000 × several
 * calls take far too long on this machine. So, as evaluation-service's {@code OverviewBenchmarkTest} does, it copies
 * one evaluation the service itself stored (the demo's scored 金辰 2023 project), changing the street, codes, budget,
 * spending and score: the copies keep the layout the service writes. That test's builders live in
 * evaluation-service's test sources, and this module has only the service's dependencies, not its classes (the stack
 * runs the packaged jar), so the copy is built here from the stored document rather than shared.
 *
 * <p>The copies are drafts with an empty outbox (so no event is relayed for them); their score card keeps the
 * template's lines while its total and grade vary, which the overview does not read. They have no project in
 * project-service, so a row's project link leads to a page that does not find it. The streets ({@code
 * jixiao:panlong:s001} …) have no names in Keycloak.
 *
 * <p>evaluation-service keeps a board per district and year in memory, loaded from the store the first time that
 * year's overview is asked for: seed before anyone opens the year, or restart evaluation-service afterwards. The
 * seeder asks the overview at the end, timing that first request (the board's load), and says whether the service
 * sees the seeded count.
 */
public final class OverviewSeeder {

    static final String DISTRICT = "jixiao:panlong";
    /**
     * Beyond the years the overview page asks on its own: opened without a year, it looks for the latest year with
     * data from next year down (2027, 2026, 2025 … in 2026), which loads an empty board for each; a seed written
     * after that is not seen until evaluation-service restarts (it happened to 2025 on 2026-12-07).
     */
    static final int YEAR = 2030;
    static final int STREETS = 200;
    static final int PROJECTS_PER_STREET = 30;

    private static final String COLLECTION = "self_evaluations";
    /** The seeded streets, and only they: jixiao:panlong:s001 … */
    private static final Pattern SEEDED_STREET = Pattern.compile("^" + Pattern.quote(DISTRICT) + ":s\\d{3}$");
    private static final String TEMPLATE_PROJECT = "530103-2023-MZTJ-001";
    private static final List<String> PROJECT_NAMES = List.of("老旧小区改造提升专项资金", "社区居家养老服务补助资金",
            "背街小巷环境整治专项资金", "社区卫生服务站运行补助资金", "城市基层党建阵地建设专项资金", "防汛排涝设施维护专项资金",
            "社区文化活动中心运营补助资金", "垃圾分类宣传及设施配置专项资金", "困难群众临时救助资金", "民族团结进步示范创建专项资金");

    private OverviewSeeder() {
    }

    public static void main(String[] args) throws Exception {
        String mongoUri = argument(args, "mongo", "mongodb://127.0.0.1:27017");
        String database = argument(args, "database", "jixiao-evaluations");
        int year = Integer.parseInt(argument(args, "year", String.valueOf(YEAR)));
        int streets = Integer.parseInt(argument(args, "streets", String.valueOf(STREETS)));
        int projects = Integer.parseInt(argument(args, "projects", String.valueOf(PROJECTS_PER_STREET)));
        boolean removeOnly = List.of(args).contains("remove");
        boolean full = List.of(args).contains("full");
        boolean ask = !List.of(args).contains("noask");
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> evaluations = client.getDatabase(database).getCollection(COLLECTION);
            refuseIfTheYearIsInUse(evaluations, year);
            long removed = Mono.from(evaluations.deleteMany(seeded(year))).block().getDeletedCount();
            System.out.printf("removed %,d evaluations seeded earlier for %d%n", removed, year);
            if (removeOnly) {
                return;
            }
            Document template = Mono.from(evaluations.find(new Document("projectCode", TEMPLATE_PROJECT)
                    .append("selfScore.card", new Document("$exists", true))).first()).blockOptional()
                    .orElseThrow(() -> new IllegalStateException("the demo's scored evaluation of " + TEMPLATE_PROJECT
                            + " is not in " + database + "." + COLLECTION + ": is ./jixiao up running with its demo data?"));
            long start = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (int street = 1; street <= streets; street++) {
                for (int project = 1; project <= projects; project++) {
                    Document copy = copy(template, year, street, project, (street - 1) * projects + project - 1);
                    batch.add(full ? copy : slim(copy));
                }
                if (batch.size() >= 100) {
                    Mono.from(evaluations.insertMany(batch)).block();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                Mono.from(evaluations.insertMany(batch)).block();
            }
            System.out.printf("seeded %,d evaluations (%d streets × %d projects of %s, %d) in %.1f s%n", streets * projects,
                    streets, projects, DISTRICT, year, (System.nanoTime() - start) / 1e9);
        }
        if (ask) {
            reportWhatTheServiceSees(argument(args, "gateway", "http://localhost:8080"), year, (long) streets * projects);
        }
    }

    /** Never mixes the seed into a year real streets use: a benchmark year holds only seeded streets. */
    private static void refuseIfTheYearIsInUse(MongoCollection<Document> evaluations, int year) {
        List<String> realStreets = Flux.from(evaluations.distinct("tenantId", new Document("year", year), String.class))
                .filter(street -> !SEEDED_STREET.matcher(street).matches()).collectList().block();
        if (realStreets != null && !realStreets.isEmpty()) {
            throw new IllegalStateException("streets " + realStreets + " have evaluations in " + year
                    + "; choose another year (year=...)");
        }
    }

    private static Document seeded(int year) {
        return new Document("districtId", DISTRICT).append("year", year).append("tenantId", SEEDED_STREET);
    }

    /** The n-th copy: street s001…, project 01…, budget 500,000–1,460,000 yuan, 40–100 % spent, 50.00–100.00 points. */
    static Document copy(Document template, int year, int street, int project, int n) {
        String streetId = String.format("%s:s%03d", DISTRICT, street);
        Document copy = new Document(template);
        copy.put("_id", id("evaluation", year, street, project));
        copy.put("projectId", id("project", year, street, project));
        copy.put("round", 1);
        copy.put("tenantId", streetId);
        copy.put("year", year);
        copy.put("projectCode", String.format("530103-%d-S%03d-%03d", year, street, project));
        copy.put("projectName", String.format("%s（%03d街道第%d批）", PROJECT_NAMES.get(n % PROJECT_NAMES.size()), street, project));
        copy.put("version", 1L);
        // nothing to relay, and not in anyone's review queue
        copy.put("outbox", List.of());
        copy.put("workflow", new Document("status", "DRAFT").append("history", List.of()));
        copy.put("review", new Document("scores", List.of()));

        Document selfScore = new Document(template.get("selfScore", Document.class));
        Document inputs = new Document(selfScore.get("inputs", Document.class));
        BigDecimal budget = BigDecimal.valueOf(500_000 + 10_000L * (n % 97)).setScale(2);
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(40 + n % 61)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        inputs.put("fullYearBudget", new Decimal128(budget));
        inputs.put("executed", new Decimal128(executed));
        inputs.put("spentByMonth", spread(inputs.getList("spentByMonth", Document.class), executed));
        selfScore.put("inputs", inputs);

        Document card = new Document(selfScore.get("card", Document.class));
        BigDecimal total = BigDecimal.valueOf(5_000 + (n * 37L) % 5_001, 2);
        card.put("total", new Decimal128(total));
        // the national default bands (GradeBands.nationalDefault), which score the demo's template
        String[] grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? new String[] {"优", "优秀"}
                : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? new String[] {"良", "良好"}
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? new String[] {"中", "中等"} : new String[] {"差", "差"};
        card.put("grade", grade[0]);
        card.put("gradeLabel", grade[1]);
        selfScore.put("card", card);
        copy.put("selfScore", selfScore);
        return copy;
    }

    /**
     * The copy without the indicators, actuals, surveys and score lines, which the overview does not show. 6,000
     * full copies (about 10 KB of JSON each) exhausted the local stack's wire server (384 MB heap, H2 store): it ran
     * out of memory and closed its store, taking the whole stack down (2026-12-07). Kept lists are empty, not absent,
     * so the documents still read as evaluations.
     */
    static Document slim(Document copy) {
        Document selfScore = new Document(copy.get("selfScore", Document.class));
        Document inputs = new Document(selfScore.get("inputs", Document.class));
        inputs.put("indicators", List.of());
        inputs.put("actuals", List.of());
        selfScore.put("inputs", inputs);
        selfScore.put("surveys", List.of());
        Document card = new Document(selfScore.get("card", Document.class));
        card.put("indicators", List.of());
        selfScore.put("card", card);
        copy.put("selfScore", selfScore);
        return copy;
    }

    /** The template's months scaled to {@code executed}, exact to the fen: the last month takes the remainder. */
    private static List<Document> spread(List<Document> months, BigDecimal executed) {
        if (months == null || months.isEmpty()) {
            return List.of(new Document("month", 12).append("amount", new Decimal128(executed)));
        }
        BigDecimal templateTotal = months.stream().map(OverviewSeeder::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Document> scaled = new ArrayList<>();
        BigDecimal sofar = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            BigDecimal amount;
            if (i == months.size() - 1) {
                amount = executed.subtract(sofar);
            } else if (templateTotal.signum() == 0) {
                amount = BigDecimal.ZERO.setScale(2);
            } else {
                amount = executed.multiply(amount(months.get(i))).divide(templateTotal, 2, RoundingMode.DOWN);
            }
            sofar = sofar.add(amount);
            scaled.add(new Document(months.get(i)).append("amount", new Decimal128(amount)));
        }
        return scaled;
    }

    private static BigDecimal amount(Document month) {
        Object amount = month.get("amount");
        return amount instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(String.valueOf(amount));
    }

    /** The same id on every run, shaped like the service's own (UUIDs). */
    private static String id(String kind, int year, int street, int project) {
        return UUID.nameUUIDFromBytes(("overview-bench:" + kind + ":" + year + ":" + street + ":" + project)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether evaluation-service's overview already counts the seed, or still holds a board loaded before it. */
    private static void reportWhatTheServiceSees(String gateway, int year, long expected) {
        try {
            String token = Measurements.login("panlong-overseer");
            long start = System.nanoTime();
            String body = OverviewApi.get(gateway, token, year, "street", 0, 50);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long projects = OverviewApi.projects(body);
            if (projects == expected) {
                // the first request of a year loads evaluation-service's board for it from the store
                System.out.printf("the overview of %d answers %,d projects (first request, which loads the year into "
                        + "evaluation-service: %,d ms): ready to measure%n", year, projects, millis);
            } else {
                System.out.printf("the overview of %d answers %,d projects, not %,d: evaluation-service loaded the year "
                        + "before this seed; restart it (or seed another year) before measuring%n", year, projects, expected);
            }
        } catch (Exception e) {
            System.out.println("could not ask the overview (" + e + "); check it before measuring");
        }
    }

    private static String argument(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
