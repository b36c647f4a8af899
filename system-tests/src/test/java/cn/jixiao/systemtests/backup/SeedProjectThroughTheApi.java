package cn.jixiao.systemtests.backup;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.systemtests.Platform;

/**
 * 金辰's seed project through the gateway's API, as the workbench's pages drive it: its self-evaluation, the
 * district's review steps up to 定稿, and the final report that report-service renders once it is finalized.
 */
final class SeedProjectThroughTheApi {

    /** By its code: the API threads register projects of the same name beside it on the shared platform. */
    static final String SEED_PROJECT_CODE = "530103-2023-MZTJ-001";
    private static final Duration EVENTUAL = Duration.ofMinutes(2);

    /** The stored final report: its archive, version and PDF's SHA-256 as report-service lists them. */
    record FinalReport(String archiveId, int number, String sha256) {
    }

    private final WebTestClient gateway;

    SeedProjectThroughTheApi(Platform platform) {
        this.gateway = WebTestClient.bindToServer().baseUrl(platform.gatewayUrl()).responseTimeout(Duration.ofSeconds(60))
                // the final report's PDF carries its font: a few MB, more than the client buffers by default
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .build();
    }

    /** The seed project's evaluation as {@code token}'s holder reads it, once it has one. */
    Map<?, ?> evaluation(String token) {
        return eventually("the seed project's evaluation", () -> evaluations(token).stream()
                .filter(view -> SEED_PROJECT_CODE.equals(view.get("projectCode"))).findFirst());
    }

    /** Waits for the demo's self-grading to score the draft, as the pages show it before 提交. */
    Map<?, ?> scoredDraft(String token, BigDecimal total) {
        return eventually("the seed project's draft scored " + total, () -> evaluations(token).stream()
                .filter(view -> SEED_PROJECT_CODE.equals(view.get("projectCode")))
                .filter(view -> "DRAFT".equals(view.get("status")))
                .filter(view -> view.get("total") != null && new BigDecimal(view.get("total").toString()).compareTo(total) == 0)
                .findFirst());
    }

    /**
     * One workflow step ({@code submit}, {@code start-review}, {@code approve}, {@code finalize}) on the version
     * read; a 409 (the score was recomputed meanwhile) reads the version again.
     */
    Map<?, ?> step(String token, String evaluationId, String step) {
        for (int attempt = 1; ; attempt++) {
            Map<?, ?> current = gateway.get().uri("/api/evaluations/{id}", evaluationId).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            EntityExchangeResult<Map> answer = gateway.post().uri("/api/evaluations/{id}/{step}", evaluationId, step)
                    .headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", current.get("version")))
                    .exchange().expectBody(Map.class).returnResult();
            if (answer.getStatus().value() == 409 && attempt < 5) {
                continue;
            }
            if (!answer.getStatus().is2xxSuccessful()) {
                throw new AssertionError(step + " answered " + answer.getStatus() + ": " + answer.getResponseBody());
            }
            return answer.getResponseBody();
        }
    }

    /** The final report's stored version, once report-service has rendered it after 定稿. */
    FinalReport finalReport(String token, String projectId) {
        return eventually("the final report of " + projectId, () -> {
            List<?> archives = gateway.get().uri("/api/reports/{projectId}/archives", projectId)
                    .headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
            for (Object archive : archives) {
                Map<?, ?> report = (Map<?, ?>) archive;
                for (Object job : (List<?>) report.get("jobs")) {
                    if ("FAILED".equals(((Map<?, ?>) job).get("status"))) {
                        throw new AssertionError("A render of " + projectId + " failed: " + job);
                    }
                }
                for (Object stored : (List<?>) report.get("versions")) {
                    Map<?, ?> version = (Map<?, ?>) stored;
                    if (!Boolean.TRUE.equals(version.get("finalReport"))) {
                        continue;
                    }
                    for (Object file : (List<?>) version.get("files")) {
                        Map<?, ?> pdf = (Map<?, ?>) file;
                        if ("PDF".equalsIgnoreCase((String) pdf.get("format"))) {
                            return Optional.of(new FinalReport((String) report.get("id"),
                                    ((Number) version.get("number")).intValue(), (String) pdf.get("sha256")));
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** The stored PDF's bytes, as the report page's download fetches them. */
    byte[] download(String token, FinalReport report) {
        return gateway.get().uri("/api/reports/archives/{reportId}/versions/{number}/pdf", report.archiveId(), report.number())
                .headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<?, ?>> evaluations(String token) {
        List<?> views = gateway.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return views.stream().<Map<?, ?>>map(view -> (Map<?, ?>) view).toList();
    }

    private static <T> T eventually(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + EVENTUAL + ": " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
