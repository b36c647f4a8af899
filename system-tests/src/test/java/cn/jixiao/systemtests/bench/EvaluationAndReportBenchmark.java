package cn.jixiao.systemtests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Measures a running local stack ({@code ./jixiao up}) for the self-evaluation and its report:
 * <ul>
 * <li>from {@code ActualsReported} on the bus to {@code EvaluationScored} on the bus, by the two records' own
 * timestamps (both set on this machine's clock by the services' outbox relays), for 200 changes of an actual;</li>
 * <li>the warm render time of the demo Jinchen report as PDF and as DOCX, through report-service's preview.</li>
 * </ul>
 * A benchmark to run by hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.EvaluationAndReportBenchmark</pre>
 */
public final class EvaluationAndReportBenchmark {

    private static final int CHANGES = 200;
    private static final int RENDERS = 20;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private EvaluationAndReportBenchmark(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        EvaluationAndReportBenchmark benchmark = new EvaluationAndReportBenchmark(Measurements.login("jinchen-editor"));
        benchmark.actualsToScore();
        benchmark.renderTimes();
    }

    private void actualsToScore() throws Exception {
        String projectId = idOf(send("POST", "/api/projects", """
                {"code":"LAT-%s","name":"计分时延基准项目","year":2023,
                 "competentDepartment":"昆明市盘龙区人民政府金辰街道办事处","implementingUnit":"昆明市盘龙区人民政府金辰街道办事处"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), 201));
        send("PUT", "/api/projects/" + projectId + "/budget", """
                {"initialBudget":100000.00,"bySource":[{"source":"CURRENT_YEAR_APPROPRIATION","initial":100000.00,"fullYear":100000.00}],
                 "byClassification":[{"code":"30227","amount":100000.00}]}""", 200);
        long version = versionOf(send("PUT", "/api/projects/" + projectId + "/indicators", """
                {"indicators":[
                 {"id":"activities","category":"OUTPUT","dimension":"QUANTITY","name":"开展主题活动次数","target":"≥10次","direction":"POSITIVE","weight":50,"dataSource":"活动台账"},
                 {"id":"participants","category":"EFFECT","dimension":"SOCIAL_BENEFIT","name":"参与群众人次","target":"≥1000人次","direction":"POSITIVE","weight":30,"dataSource":"活动台账"},
                 {"id":"satisfaction","category":"SATISFACTION","dimension":"BENEFICIARY_SATISFACTION","name":"居民满意度","target":"≥90%","direction":"POSITIVE","weight":10,"dataSource":"问卷"}]}""",
                200));
        try (KafkaConsumer<String, String> bus = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            bus.subscribe(List.of("jixiao.project-events", "jixiao.evaluation-events"));
            while (bus.assignment().isEmpty()) {
                bus.poll(Duration.ofMillis(100));
            }
            long[] nanos = new long[CHANGES];
            for (int i = 0; i < CHANGES; i++) {
                String actual = (i % 2 == 0 ? 8 : 9) + "次";
                version = versionOf(send("PUT", "/api/projects/" + projectId + "/indicators/activities/actual",
                        "{\"version\":%d,\"actual\":\"%s\",\"deviationNote\":\"活动顺延\"}".formatted(version, actual), 200));
                nanos[i] = busLatency(bus, projectId);
            }
            Measurements.report("ActualsReported -> EvaluationScored (bus timestamps)", nanos);
        }
    }

    /** Waits for this project's ActualsReported and then its EvaluationScored; the time between their records. */
    private static long busLatency(KafkaConsumer<String, String> bus, String projectId) {
        long reported = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : bus.poll(Duration.ofMillis(20))) {
                if (!projectId.equals(record.key())) {
                    continue;
                }
                if (record.value().contains("\"type\":\"ActualsReported\"")) {
                    reported = record.timestamp();
                } else if (reported >= 0 && record.value().contains("\"type\":\"EvaluationScored\"")) {
                    return (record.timestamp() - reported) * 1_000_000L;
                }
            }
        }
        throw new IllegalStateException("no EvaluationScored within 30 s for " + projectId);
    }

    private void renderTimes() throws Exception {
        String projects = send("GET", "/api/projects?size=100", null, 200);
        Matcher jinchen = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"code\"\\s*:\\s*\"530103-2023-MZTJ-001\"")
                .matcher(projects);
        if (!jinchen.find()) {
            throw new IllegalStateException("the demo Jinchen project is not there: start the stack with its demo data");
        }
        String projectId = jinchen.group(1);
        for (String format : List.of("pdf", "docx")) {
            for (int i = 0; i < 5; i++) {
                send("GET", "/api/reports/" + projectId + "/preview/" + format, null, 200);
            }
            long[] nanos = new long[RENDERS];
            for (int i = 0; i < RENDERS; i++) {
                long start = System.nanoTime();
                send("GET", "/api/reports/" + projectId + "/preview/" + format, null, 200);
                nanos[i] = System.nanoTime() - start;
            }
            Measurements.report("Jinchen report preview as " + format.toUpperCase() + " (warm, HTTP)", nanos);
        }
    }

    private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String idOf(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return id.group(1);
    }

    private static long versionOf(String body) {
        Matcher version = VERSION.matcher(body);
        if (!version.find()) {
            throw new IllegalStateException("no version in " + body);
        }
        return Long.parseLong(version.group(1));
    }
}
