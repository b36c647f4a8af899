package cn.jixiao.systemtests.workbench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.Platform;

/**
 * What the browser tests do beside the browser, through the gateway with a person's bearer token: a street's
 * submission the district then handles on its pages, and the writes an auditor's pages never offer, forced.
 */
final class ApiSteps {

    /** One self-evaluation as evaluation-service answers it. */
    record Evaluation(String id, String projectId, String projectCode, String projectName, String status, long version) {

        static Evaluation of(Map<?, ?> view) {
            return new Evaluation((String) view.get("id"), (String) view.get("projectId"), (String) view.get("projectCode"),
                    (String) view.get("projectName"), (String) view.get("status"), ((Number) view.get("version")).longValue());
        }
    }

    private final WebTestClient gateway;
    private final Logins logins;

    ApiSteps(Platform platform, Logins logins) {
        this.gateway = WebTestClient.bindToServer().baseUrl(platform.gatewayUrl()).responseTimeout(Duration.ofSeconds(60)).build();
        this.logins = logins;
    }

    /** The street's approver submits its draft evaluation to the district, as the 自评 page's 提交 does. */
    Evaluation submitsTheDraft(String approver) {
        String token = logins.accessToken(approver);
        // the score is recomputed after each event of project-service, moving the version: a stale one is read again
        for (int attempt = 1; ; attempt++) {
            Evaluation draft = evaluationsOf(token).stream().filter(e -> "DRAFT".equals(e.status())).findFirst()
                    .orElseThrow(() -> new AssertionError(approver + " has no draft evaluation"));
            EntityExchangeResult<Map> answer = gateway.post().uri("/api/evaluations/{id}/submit", draft.id())
                    .headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", draft.version()))
                    .exchange()
                    .expectBody(Map.class).returnResult();
            if (answer.getStatus().value() == 409 && attempt < 5) {
                continue;
            }
            if (!answer.getStatus().is2xxSuccessful()) {
                throw new AssertionError("the submission answered " + answer.getStatus() + ": " + answer.getResponseBody());
            }
            return Evaluation.of(answer.getResponseBody());
        }
    }

    /**
     * A fresh project of the editor's street with this indicator tree defined (lines in the shape of PUT …/indicators),
     * as the register page and the 绩效指标 page would leave it; returns its id.
     */
    String registersWithTree(String editor, String code, String name, List<Map<String, Object>> indicators) {
        String token = logins.accessToken(editor);
        String projectId = registers(editor, code, name, 2023);
        Map<String, Object> tree = new java.util.HashMap<>();
        tree.put("version", null);
        tree.put("indicators", indicators);
        gateway.put().uri("/api/projects/{id}/indicators", projectId)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(tree)
                .exchange().expectStatus().isOk();
        return projectId;
    }

    /** A fresh project of the editor's street in {@code year}, nothing defined yet; returns its id. */
    String registers(String editor, String code, String name, int year) {
        String token = logins.accessToken(editor);
        Map<?, ?> project = gateway.post().uri("/api/projects")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", name, "year", year,
                        "competentDepartment", "昆明市盘龙区人民政府金辰街道办事处", "implementingUnit", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) project.get("id");
    }

    /** What {@code username} reads at {@code path} (a JSON object), for a check beside the page. */
    Map<?, ?> reads(String username, String path) {
        String token = logins.accessToken(username);
        return gateway.get().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The evaluations {@code username} may read, every round. */
    List<Evaluation> evaluationsSeenBy(String username) {
        return evaluationsOf(logins.accessToken(username));
    }

    /** The status a call answers with {@code username}'s token: for writes the caller's pages never offer. */
    int statusOf(String username, HttpMethod method, String path, Object body) {
        String token = logins.accessToken(username);
        return gateway.method(method).uri(path)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .returnResult(String.class).getStatus().value();
    }

    private List<Evaluation> evaluationsOf(String token) {
        List<?> views = gateway.get().uri("/api/evaluations")
                .headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return views.stream().map(view -> Evaluation.of((Map<?, ?>) view)).toList();
    }
}
