package cn.jixiao.problems;

import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** While a service's database is away, its requests are answered 503 with a hint to retry, never a 500. */
class StoreUnavailableTest {

    private final WebTestClient web = WebTestClient.bindToController(new StoreAway())
            .controllerAdvice(new ProblemHandling(new ValidationMessages(), new TraceIds(Tracer.NOOP))).build();

    @Test
    void aRequestTheDatabaseCannotAnswerIs503WithABilingualProblemAndRetryAfter() {
        web.get().uri("/projects").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.code").isEqualTo("store-unavailable")
                .jsonPath("$.title").value(title -> assertThat((String) title)
                        .contains("数据库暂时不可用").contains("Database unavailable"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("未保存任何内容").contains("nothing of this request was saved")
                        .doesNotContain("Timed out").doesNotContain("mongo"));
    }

    @RestController
    static class StoreAway {
        @GetMapping("/projects")
        Mono<String> projects() {
            return Mono.error(new DataAccessResourceFailureException(
                    "Timed out while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}"));
        }
    }
}
