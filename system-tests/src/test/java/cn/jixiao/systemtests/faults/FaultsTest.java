package cn.jixiao.systemtests.faults;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.Supervised;
import cn.jixiao.systemtests.LocalPlatform;
import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.SharedDemoPlatform;
import cn.jixiao.systemtests.faults.EditorsAtWork.Acknowledged;
import cn.jixiao.systemtests.faults.EditorsAtWork.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #14: while street editors keep writing, each part of the platform is killed with SIGKILL in turn (Kafka, the
 * MongoDB-protocol server, Keycloak, each service, the gateway) and its supervisor starts it again. Then:
 * every write answered 2xx is there; while Kafka was down writes were still taken (the outboxes held their events);
 * while Keycloak was down the tokens already issued kept working; while the database was down the service answered
 * 503 problem+json and its health said the store was down; and every copy converged: each project reached
 * evaluation-service once, with the budget project-service holds, and report-service. The time each part took to
 * come back, and the platform to take a write end to end again, is printed.
 *
 * <p>It runs on the run's demo platform ({@link SharedDemoPlatform}), after the API threads and before the backup,
 * which then backs up a platform that went through every fault. Its earlier runs, on a platform of its own and
 * outside the README's test command, found and fixed: the dead-letter desk's reader refused by the local broker; the
 * outbox relay parked in a store call without a bound; the wire server rereading its file for every whole-collection
 * query (a 16 MB page cache); and the relay outrun by editors who never paused. docs/measurements.md, "#14 faults",
 * has every run and the recovery times.
 * Alone: {@code ./mvnw -o -pl system-tests -am verify -Dtest=FaultsTest -Dsurefire.failIfNoSpecifiedTests=false};
 * logs in {@code system-tests/target/e2e-logs}.
 */
@ExtendWith(SharedDemoPlatform.class)
@Order(SharedDemoPlatform.FAULTS)
class FaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BACK_WITHIN = Duration.ofMinutes(3);
    private static final Duration DOWN_FOR_AT_LEAST = Duration.ofSeconds(4);
    private static final Map<String, String> EDITORS = Map.of("jinchen-editor", "金辰", "tuodong-editor", "拓东");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SoftAssertions softly = new SoftAssertions();
    private final Map<String, String> recovery = new LinkedHashMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesEachPartKilledInTurnAndEveryCopyConverges(LocalPlatform platform) {
        Logins logins = new Logins(platform.tokenEndpoint());
        Map<String, AtomicReference<String>> tokens = new LinkedHashMap<>();
        EDITORS.keySet().forEach(editor -> tokens.put(editor, new AtomicReference<>(logins.accessToken(editor))));
        Map<String, Supplier<String>> current = new LinkedHashMap<>();
        tokens.forEach((editor, token) -> current.put(editor, token::get));

        List<Acknowledged> written;
        try (EditorsAtWork editors = new EditorsAtWork(platform.gateway(), current, EDITORS)) {
            editors.start();
            long begun = System.currentTimeMillis();
            await().atMost(Duration.ofMinutes(1)).until(() -> succeeded(editors.answersSince(begun)) >= 4);

            for (String part : List.of("kafka", "mongo", "keycloak", "project-service", "evaluation-service",
                    "report-service", "gateway")) {
                // fresh tokens before each fault, none during it: Keycloak's outage must not matter to them
                tokens.forEach((editor, token) -> token.set(logins.accessToken(editor)));
                kill(platform, part, editors, tokens.get("jinchen-editor").get(), projectOf(editors, "jinchen-editor"));
            }
            editors.close();
            written = editors.acknowledged();
        }
        converged(platform, logins, written);
        System.out.println("Recovery after kill -9 (part serving again / a project registered end to end again):");
        recovery.forEach((part, times) -> System.out.printf("  %-20s %s%n", part, times));
        softly.assertAll();
    }

    /** One of the editor's acknowledged projects: read by its id, it is read from the database. */
    private static String projectOf(EditorsAtWork editors, String editor) {
        return editors.acknowledged().stream().filter(project -> project.editor().equals(editor)).findFirst()
                .orElseThrow().projectId();
    }

    /**
     * @param projectId one of the editor's projects; the project list is answered from memory (#13), a project by its
     *                  id from the database
     */
    private void kill(LocalPlatform platform, String name, EditorsAtWork editors, String token, String projectId) {
        Supervised part = platform.part(name);
        long killedAt = System.currentTimeMillis();
        long formerPid = part.killForcibly();
        switch (name) {
            case "kafka" -> {
                pause(DOWN_FOR_AT_LEAST);
                softly.assertThat(succeeded(editors.answersSince(killedAt)))
                        .as("writes taken while Kafka was down (their events wait in the outboxes)").isPositive();
            }
            case "mongo" -> {
                Answer refused = await().atMost(Duration.ofSeconds(40)).until(
                        () -> answer(platform.service(Service.PROJECT).resolve("/api/projects/" + projectId), token),
                        answer -> answer.status() != 200 || part.state().name().equals("RUNNING"));
                softly.assertThat(refused.status()).as("a request while the database is down").isEqualTo(503);
                softly.assertThat(refused.contentType()).startsWith("application/problem+json");
                softly.assertThat(body(platform.service(Service.PROJECT).resolve("/actuator/health"), null))
                        .as("project-service's health while the database is down")
                        .contains("\"status\":\"DOWN\"").contains("mongo");
            }
            case "keycloak" -> {
                pause(DOWN_FOR_AT_LEAST);
                softly.assertThat(answer(platform.gateway().resolve("/api/projects"), token).status())
                        .as("a token issued before Keycloak went down, while it is down").isEqualTo(200);
                softly.assertThat(succeeded(editors.answersSince(killedAt)))
                        .as("writes taken while Keycloak was down").isPositive();
            }
            default -> pause(Duration.ofSeconds(1));
        }
        part.awaitRestartedFrom(formerPid, BACK_WITHIN);
        part.awaitRunning(BACK_WITHIN);
        if (name.equals("mongo")) {
            // and once it is back, health says so: a DOWN above means something only if it is not DOWN always
            await().atMost(Duration.ofSeconds(30)).until(() -> body(platform.service(Service.PROJECT).resolve("/actuator/health"), null),
                    health -> health.contains("\"mongo\":{\"status\":\"UP\"}"));
        }
        long serving = System.currentTimeMillis();
        long endToEnd = registeredEndToEnd(platform, token);
        recovery.put(name, "%5.1f s / %5.1f s".formatted((serving - killedAt) / 1000.0, (endToEnd - killedAt) / 1000.0));
    }

    /** Registers a project through the gateway and waits until evaluation-service has it; returns when it did. */
    private long registeredEndToEnd(LocalPlatform platform, String token) {
        String projectId = await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            String code = "E2E-" + System.nanoTime();
            JsonNode created = send(platform.gateway().resolve("/api/projects"), token, Map.of("code", code,
                    "name", "恢复检查 " + code, "year", 2026, "competentDepartment", "金辰街道办事处",
                    "implementingUnit", "金辰街道办事处"));
            return created == null ? null : created.get("id").asText();
        }, id -> id != null);
        await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(250)).until(() ->
                body(platform.gateway().resolve("/api/evaluations?projectId=" + projectId), token).contains(projectId));
        return System.currentTimeMillis();
    }

    private void converged(LocalPlatform platform, Logins logins, List<Acknowledged> written) {
        URI gateway = platform.gateway();
        String overseer = logins.accessToken("panlong-overseer");
        Map<String, String> editorTokens = new LinkedHashMap<>();
        EDITORS.keySet().forEach(editor -> editorTokens.put(editor, logins.accessToken(editor)));
        assertThat(written).as("writes acknowledged during the faults").hasSizeGreaterThan(10);
        for (Acknowledged project : written) {
            String token = editorTokens.get(project.editor());
            JsonNode stored = json(gateway.resolve("/api/projects/" + project.projectId()), token);
            softly.assertThat(stored).as("acknowledged project %s", project.code()).isNotNull();
            if (stored == null) {
                continue;
            }
            softly.assertThat(stored.get("code").asText()).isEqualTo(project.code());
            BigDecimal budget = budgetOf(gateway, project.projectId(), token);
            if (project.budget() != null) {
                softly.assertThat(budget).as("budget of %s as acknowledged (or as a later unanswered write set it)",
                        project.code()).isNotNull().isGreaterThanOrEqualTo(project.budget());
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                JsonNode evaluations = json(gateway.resolve("/api/evaluations?projectId=" + project.projectId()), token);
                assertThat(evaluations).as("evaluation-service's copy of %s", project.code()).isNotNull();
                assertThat(evaluations.size()).as("applied once: one evaluation of %s", project.code()).isEqualTo(1);
                JsonNode row = json(gateway.resolve("/api/evaluations/overview?year=2026&q=" + project.code()), overseer)
                        .get("rows").get(0);
                assertThat(row.get("projectCode").asText()).isEqualTo(project.code());
                assertThat(amount(row.get("budget"))).as("evaluation-service's budget of %s equals project-service's",
                        project.code()).isEqualByComparingTo(budget == null ? BigDecimal.ZERO : budget);
                JsonNode report = json(gateway.resolve("/api/reports/" + project.projectId()), token);
                assertThat(report).as("report-service's copy of %s", project.code()).isNotNull();
                assertThat(report.get("projectCode").asText()).isEqualTo(project.code());
            });
        }
    }

    private BigDecimal budgetOf(URI gateway, String projectId, String token) {
        JsonNode budget = json(gateway.resolve("/api/projects/" + projectId + "/budget"), token);
        return budget == null || budget.get("fullYearBudget") == null ? null : amount(budget.get("fullYearBudget").get("yuan"));
    }

    private static BigDecimal amount(JsonNode node) {
        return node == null || node.isNull() ? BigDecimal.ZERO : new BigDecimal(node.asText());
    }

    private static long succeeded(List<Answer> answers) {
        return answers.stream().filter(answer -> answer.status() / 100 == 2).count();
    }

    private Answer answer(URI uri, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    System.currentTimeMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception noAnswer) {
            return new Answer(0, "", System.currentTimeMillis());
        }
    }

    private String body(URI uri, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception noAnswer) {
            return "";
        }
    }

    /** The JSON of a 200 answer, else null. */
    private JsonNode json(URI uri, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception noAnswer) {
            return null;
        }
    }

    private JsonNode send(URI uri, String token, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception noAnswer) {
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
}
