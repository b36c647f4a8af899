package cn.jixiao.systemtests.workbench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.Platform;

/**
 * The district's part of the workflow, driven through the API until the workbench's district views exist (part 2 of
 * the workbench): the overseer starts the review, approves and finalizes a submitted self-evaluation.
 */
final class DistrictSteps {

    private final WebTestClient gateway;
    private final String overseer;

    DistrictSteps(Platform platform, Logins logins) {
        this.gateway = WebTestClient.bindToServer().baseUrl(platform.gatewayUrl()).responseTimeout(Duration.ofSeconds(30)).build();
        this.overseer = logins.accessToken("panlong-overseer");
    }

    void reviewApproveAndFinalize(String projectId) {
        List<?> rounds = gateway.get().uri("/api/evaluations?projectId={id}", projectId)
                .headers(h -> h.setBearerAuth(overseer))
                .exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        Map<?, ?> evaluation = (Map<?, ?>) rounds.get(rounds.size() - 1);
        String id = (String) evaluation.get("id");
        Object version = evaluation.get("version");
        for (String step : List.of("start-review", "approve", "finalize")) {
            Map<?, ?> answer = gateway.post().uri("/api/evaluations/{id}/{step}", id, step)
                    .headers(h -> h.setBearerAuth(overseer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", version))
                    .exchange().expectStatus().is2xxSuccessful()
                    .expectBody(Map.class).returnResult().getResponseBody();
            version = answer.get("version");
        }
    }
}
