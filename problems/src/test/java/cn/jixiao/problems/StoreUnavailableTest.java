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
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void aWebFilterThatCannotReadTheStoreGetsTheSame503NotA500() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/projects/p-1"));
        var handler = new StoreUnavailable(new ProblemWriter(JsonMapper.builder().build(), new TraceIds(Tracer.NOOP)));

        handler.handle(exchange, new DataAccessResourceFailureException("Exception sending message")).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"code\":\"store-unavailable\"").contains("未保存任何内容").doesNotContain("Exception sending");
    }

    @Test
    void anyOtherFailureIsLeftToTheNextHandler() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/projects/p-1"));
        var handler = new StoreUnavailable(new ProblemWriter(JsonMapper.builder().build(), new TraceIds(Tracer.NOOP)));

        assertThat(handler.handle(exchange, new IllegalStateException("a bug")).onErrorResume(e -> Mono.empty()).block())
                .isNull();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
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
