package cn.jixiao.testing;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's answer to one hostile upload, timed, and what every such answer must be: the same checks for every
 * service's upload endpoints.
 *
 * @param status      the HTTP status
 * @param contentType the answer's media type, if any
 * @param body        the answer's JSON (a problem, when refused)
 * @param millis      how long the answer took on the clock
 */
public record HostileUploadAnswer(int status, MediaType contentType, Map<String, Object> body, long millis) {

    /**
     * A bound on the time on the clock, against a refusal that hangs or reads on: on the shared 2-core build machine
     * other builds take most of the processor, so the real times are printed, not asserted. That refusing costs well
     * under a second of processor time is asserted where it does not depend on the machine's load, in the uploads
     * module's RefusalCostTest.
     */
    public static final Duration QUICKLY = Duration.ofSeconds(30);

    /** Sends the upload and times its answer. */
    public static HostileUploadAnswer of(Supplier<WebTestClient.ResponseSpec> upload) {
        long started = System.nanoTime();
        EntityExchangeResult<Map<String, Object>> answer = upload.get()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new HostileUploadAnswer(answer.getStatus().value(), answer.getResponseHeaders().getContentType(),
                answer.getResponseBody(), millis);
    }

    /** The problem's code, or nothing. */
    public String code() {
        return body == null ? "" : String.valueOf(body.getOrDefault("code", ""));
    }

    /** What the suite's report keeps of this answer. */
    public HostileUploadsReport.Refusal asRefusal(String file, String endpoint) {
        return new HostileUploadsReport.Refusal(file, endpoint, status, code(), millis);
    }

    /** A refusal is problem+json in Chinese and English, and came quickly. */
    public void isABilingualProblem() {
        assertThat(contentType).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(body).containsKeys("title", "detail", "code");
        assertThat((String) body.get("detail")).as("Chinese and English").containsPattern("\\p{IsHan}").containsPattern("[A-Za-z]{3,}");
    }

    public void namesTheLimitBroken() {
        assertThat(body).as("the limit broken is named").containsKey("limit");
    }

    public void cameQuickly() {
        assertThat(Duration.ofMillis(millis)).as("refused quickly").isLessThan(QUICKLY);
    }

    /**
     * Liveness and readiness, as Kubernetes asks (the whole health includes the test's in-memory MongoDB, which cannot
     * answer the driver's health command).
     */
    public static void probesAreUp(WebTestClient service) {
        service.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        service.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
