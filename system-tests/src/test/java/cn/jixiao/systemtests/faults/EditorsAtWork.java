package cn.jixiao.systemtests.faults;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Street editors writing all the time, each on a thread of its own, through the gateway: register a project, set
 * its budget, set it again with another amount, and on to the next, a second apart ({@link #THINK_TIME}). Without
 * that pause two threads wrote about nine times a second, more than the machine's outbox relays send while it also
 * runs every part: the events queued up for minutes whatever was killed, and a test of faults became one of
 * overload. Every write answered 2xx is remembered (the
 * project, and its budget as last acknowledged); every answer is counted by its status, or as "no answer" when the
 * connection failed or timed out, so that a test can say what users saw while a part of the platform was down.
 */
final class EditorsAtWork implements AutoCloseable {

    /** A registered project and the budget its last acknowledged write set, null before one was. */
    record Acknowledged(String projectId, String code, String street, String editor, BigDecimal budget) {
    }

    /** One answer: its status (0 without an answer), its content type, and when it came. */
    record Answer(int status, String contentType, long atMillis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Between one editor's writes: a person at a form is slower still. */
    static final Duration THINK_TIME = Duration.ofSeconds(1);

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> editors = new ArrayList<>();

    /**
     * @param tokens the access token of each editor, by username; asked again at every write, so a test can renew
     *               them between faults (and keep them while Keycloak is down)
     */
    EditorsAtWork(URI gateway, Map<String, Supplier<String>> tokens, Map<String, String> streetOf) {
        this.gateway = gateway;
        tokens.forEach((editor, token) -> {
            Thread thread = new Thread(() -> work(editor, streetOf.get(editor), token), "editor-" + editor);
            thread.setDaemon(true);
            editors.add(thread);
        });
    }

    void start() {
        editors.forEach(Thread::start);
    }

    private void work(String editor, String street, Supplier<String> token) {
        while (working.get()) {
            String code = "FAULT-" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
            JsonNode created = send(token.get(), "POST", "/api/projects", Map.of("code", code,
                    "name", "故障演练项目 " + code, "year", 2026,
                    "competentDepartment", "昆明市盘龙区人民政府" + street + "街道办事处",
                    "implementingUnit", "昆明市盘龙区人民政府" + street + "街道办事处"));
            pause(THINK_TIME);
            if (created == null) {
                continue;
            }
            String projectId = created.get("id").asText();
            acknowledged.put(projectId, new Acknowledged(projectId, code, created.get("streetId").asText(), editor, null));
            for (int change = 1; change <= 2 && working.get(); change++) {
                pause(THINK_TIME);
                BigDecimal amount = new BigDecimal(100_000 * change + sequence.get()).setScale(2);
                if (send(token.get(), "PUT", "/api/projects/" + projectId + "/budget", budget(amount)) != null) {
                    acknowledged.computeIfPresent(projectId, (id, known) -> new Acknowledged(id, known.code(),
                            known.street(), known.editor(), amount));
                }
            }
        }
    }

    private static Map<String, Object> budget(BigDecimal amount) {
        return Map.of("initialBudget", amount,
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", amount, "fullYear", amount)),
                "byClassification", List.of(Map.of("code", "30227", "amount", amount)));
    }

    /** The answer's body when it was 2xx, else null; every answer is counted. */
    private JsonNode send(String token, String method, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    System.currentTimeMillis()));
            return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            working.set(false);
            return null;
        } catch (Exception noAnswer) {
            answers.add(new Answer(0, "", System.currentTimeMillis()));
            return null;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answers that came since the given moment. */
    List<Answer> answersSince(long millis) {
        return answers.stream().filter(answer -> answer.atMillis() >= millis).toList();
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged.values());
    }

    @Override
    public void close() {
        working.set(false);
        for (Thread editor : editors) {
            try {
                editor.join(REQUEST_TIMEOUT.toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
