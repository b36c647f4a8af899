package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 抽查复核 through the API: a district of its own (so no other test's evaluations join the population) with three
 * finalized self-evaluations in 金辰 and two in 拓东, each scoring 100.00 (FedProject); one more in 拓东 left a
 * draft, which is never drawn.
 */
@ServiceTest
class SampledReviewApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    /** An evaluation as GET /api/evaluations/{id} shows it. */
    record Evaluation(String id, long version, String status, BigDecimal reviewTotal, List<Object> reviewScores) {
    }

    @Test
    void theSameSeedDrawsTheSameSampleAgainAsANewRecordAndADifferentSeedAnotherOne() throws Exception {
        District district = District.withFinalizedEvaluations(this, "sa");
        SampledReviewView first = draw(district.overseer, Map.of("year", 2023, "seed", 20240301, "share", 0.5))
                .expectStatus().isCreated().expectBody(SampledReviewView.class).returnResult().getResponseBody();

        assertThat(first.population()).as("finalized only: the draft is not in it").hasSize(5)
                .extracting(Candidate::evaluationId).containsExactlyInAnyOrderElementsOf(district.finalized);
        // 50% of 3 = 1.5 → 2, of 2 = 1
        assertThat(first.evaluations()).extracting(SampledReviewView.Evaluation::streetId)
                .containsExactly("jinchen", "jinchen", "tuodong");
        assertThat(first.seed()).isEqualTo(20240301L);
        assertThat(first.drawnBy()).isEqualTo(district.name + "-overseer");
        assertThat(first.evaluations().get(0).selfTotal()).isEqualByComparingTo("100.00");
        assertThat(first.evaluations().get(0).reviewTotal()).isNull();

        SampledReviewView again = draw(district.overseer, Map.of("year", 2023, "seed", 20240301, "share", 0.5))
                .expectStatus().isCreated().expectBody(SampledReviewView.class).returnResult().getResponseBody();
        assertThat(again.id()).as("a new sample, not an overwrite").isNotEqualTo(first.id());
        assertThat(again.evaluations()).extracting(SampledReviewView.Evaluation::evaluationId)
                .containsExactlyElementsOf(first.evaluations().stream().map(SampledReviewView.Evaluation::evaluationId).toList());
        assertThat(SampleDraw.draw(first.seed(), first.population(), first.size()))
                .as("anyone can draw it again from what is stored").extracting(Candidate::evaluationId)
                .containsExactlyInAnyOrderElementsOf(first.evaluations().stream()
                        .map(SampledReviewView.Evaluation::evaluationId).toList());

        SampledReviewView counted = draw(district.overseer, Map.of("year", 2023, "seed", 99, "count", 2))
                .expectStatus().isCreated().expectBody(SampledReviewView.class).returnResult().getResponseBody();
        assertThat(counted.evaluations()).extracting(SampledReviewView.Evaluation::streetId)
                .as("one per street").containsExactly("jinchen", "tuodong");

        List<SampleListing> listed = web.mutateWith(district.auditor).get().uri("/api/sampled-reviews?year=2023")
                .exchange().expectStatus().isOk().expectBodyList(SampleListing.class).returnResult().getResponseBody();
        assertThat(listed).extracting(SampleListing::id).containsExactlyInAnyOrder(first.id(), again.id(), counted.id());
        assertThat(listed).allSatisfy(sample -> assertThat(sample.populationSize()).isEqualTo(5));

        draw(district.overseer, Map.of("year", 2022, "seed", 1, "count", 2)).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("no-finalized-evaluations");
        draw(district.overseer, Map.of("year", 2023, "seed", 1, "count", 2, "share", 0.2)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-sample-size");
        draw(district.overseer, Map.of("year", 2023, "count", 2)).expectStatus().isBadRequest();
    }

    @Test
    void reScoresAreRecordedLineByLineBesideTheUntouchedSelfEvaluationAndTheirGapIsReported() throws Exception {
        District district = District.withFinalizedEvaluations(this, "sb");
        SampledReviewView sample = draw(district.overseer, Map.of("year", 2023, "seed", 5, "count", 2))
                .expectStatus().isCreated().expectBody(SampledReviewView.class).returnResult().getResponseBody();
        String jinchen = sample.evaluations().get(0).evaluationId();
        String tuodong = sample.evaluations().get(1).evaluationId();

        reScore(district.overseer, sample.id(), jinchen, FedProject.ACTIVITIES, "40", "台账仅能证实 40 次活动")
                .expectStatus().isOk();
        SampledReviewView.Evaluation reScored = reScore(district.overseer, sample.id(), jinchen, "execution", "8",
                "年末集中支付的 20 万元不属本年度").expectStatus().isOk()
                .expectBody(SampledReviewView.Evaluation.class).returnResult().getResponseBody();
        assertThat(reScored.reviewTotal()).as("100 − 10 − 2 by the review rule").isEqualByComparingTo("88.00");
        assertThat(reScored.reviewGrade()).hasToString("良");
        assertThat(reScored.linesReScored()).isEqualTo(2);
        // a second 复核分 on the same line replaces the first
        reScore(district.overseer, sample.id(), jinchen, FedProject.ACTIVITIES, "45", "补充台账后核实 45 次")
                .expectStatus().isOk().expectBody().jsonPath("$.reviewTotal").isEqualTo(93.0)
                .jsonPath("$.lines[1].reason").isEqualTo("补充台账后核实 45 次");
        reScore(district.overseer, sample.id(), tuodong, FedProject.RESIDENTS, "5", "问卷核实无误").expectStatus().isOk();

        Evaluation street = web.mutateWith(district.overseer).get().uri("/api/evaluations/{id}", jinchen).exchange()
                .expectStatus().isOk().expectBody(Evaluation.class).returnResult().getResponseBody();
        assertThat(street.status()).isEqualTo("FINALIZED");
        assertThat(street.reviewScores()).as("the finalized self-evaluation is not touched").isEmpty();

        GapReport gaps = web.mutateWith(district.auditor).get().uri("/api/sampled-reviews/{id}/gaps", sample.id())
                .exchange().expectStatus().isOk().expectBody(GapReport.class).returnResult().getResponseBody();
        assertThat(gaps.overall().gap()).isEqualByComparingTo("7.00");
        assertThat(gaps.overall().lines()).isEqualTo(3);
        assertThat(gaps.streets()).extracting(GapRow::key).containsExactly("jinchen", "tuodong");
        assertThat(gaps.streets().get(0).gap()).isEqualByComparingTo("7.00");
        assertThat(gaps.streets().get(1).gap()).isEqualByComparingTo("0");
        assertThat(gaps.parts()).extracting(GapRow::key).containsExactly("EXECUTION", "OUTPUT", "SATISFACTION");
        assertThat(gaps.parts().get(1).gap()).isEqualByComparingTo("5.00");

        reScore(district.overseer, sample.id(), jinchen, FedProject.ACTIVITIES, "51", "超出").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("review-score-out-of-range")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("复核分超出分值"));
        reScore(district.overseer, sample.id(), jinchen, "no-such-line", "1", "无").expectStatus().isNotFound();
        reScore(district.overseer, sample.id(), "not-drawn", FedProject.ACTIVITIES, "1", "无").expectStatus().isNotFound();
        reScore(district.overseer, sample.id(), jinchen, FedProject.ACTIVITIES, "10", " ").expectStatus().isBadRequest();
    }

    @Test
    void auditorsReadOnlyStreetsSeeNothingAndAnotherDistrictFindsNothing() throws Exception {
        District district = District.withFinalizedEvaluations(this, "sc");
        SampledReviewView sample = draw(district.overseer, Map.of("year", 2023, "seed", 3, "share", 0.3))
                .expectStatus().isCreated().expectBody(SampledReviewView.class).returnResult().getResponseBody();
        String drawn = sample.evaluations().get(0).evaluationId();

        web.mutateWith(district.auditor).get().uri("/api/sampled-reviews/{id}", sample.id()).exchange()
                .expectStatus().isOk();
        draw(district.auditor, Map.of("year", 2023, "seed", 3, "share", 0.3)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.requiredRole").isEqualTo("district-overseer");
        reScore(district.auditor, sample.id(), drawn, FedProject.ACTIVITIES, "40", "审计").expectStatus().isForbidden();

        WebTestClientConfigurer street = Tokens.streetEditor(district.name, "jinchen");
        WebTestClientConfigurer otherDistrict = Tokens.overseer(district.name + "x");
        for (WebTestClientConfigurer outsider : List.of(street, otherDistrict)) {
            web.mutateWith(outsider).get().uri("/api/sampled-reviews/{id}", sample.id()).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
            web.mutateWith(outsider).get().uri("/api/sampled-reviews/{id}/gaps", sample.id()).exchange()
                    .expectStatus().isNotFound();
            reScore(outsider, sample.id(), drawn, FedProject.ACTIVITIES, "40", "越权").expectStatus().isNotFound();
            web.mutateWith(outsider).get().uri("/api/sampled-reviews?year=2023").exchange().expectStatus().isOk()
                    .expectBodyList(SampleListing.class).hasSize(0);
        }
        draw(street, Map.of("year", 2023, "seed", 3, "share", 0.3)).expectStatus().isForbidden();
        draw(otherDistrict, Map.of("year", 2023, "seed", 3, "share", 0.3)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("no-finalized-evaluations");
    }

    private WebTestClient.ResponseSpec draw(WebTestClientConfigurer user, Map<String, Object> body) {
        return web.mutateWith(user).post().uri("/api/sampled-reviews").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec reScore(WebTestClientConfigurer user, String sampleId, String evaluationId,
                                               String lineId, String score, String reason) {
        return web.mutateWith(user).put().uri("/api/sampled-reviews/{id}/evaluations/{e}/lines/{l}", sampleId,
                        evaluationId, lineId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("score", new BigDecimal(score), "reason", reason)).exchange();
    }

    /** A district of its own, its evaluations finalized through the workflow's API as the district would. */
    static final class District {
        final String name;
        final WebTestClientConfigurer overseer;
        final WebTestClientConfigurer auditor;
        final List<String> finalized = new java.util.ArrayList<>();

        private District(String name) {
            this.name = name;
            this.overseer = Tokens.overseer(name);
            this.auditor = Tokens.auditor(name);
        }

        static District withFinalizedEvaluations(SampledReviewApiTest test, String prefix) throws Exception {
            District district = new District(prefix + System.nanoTime());
            for (String street : List.of("jinchen", "jinchen", "jinchen", "tuodong", "tuodong")) {
                district.finalized.add(district.finalize(test, street));
            }
            new FedProject(test.web, test.kafka, district.name, "tuodong").register("DRAFT-" + System.nanoTime()).feed(50)
                    .awaitEvaluation();
            return district;
        }

        private String finalize(SampledReviewApiTest test, String street) throws Exception {
            FedProject project = new FedProject(test.web, test.kafka, name, street)
                    .register("SR-" + street + "-" + System.nanoTime()).feed(50);
            String id = project.awaitEvaluation().id();
            project.awaitTotal(id, "100.00");
            WebTestClientConfigurer approver = Tokens.user(name + "-" + street + "-approver", "/" + name + "/" + street,
                    "street-approver");
            step(test, approver, id, "submit");
            step(test, overseer, id, "start-review");
            step(test, overseer, id, "approve");
            step(test, overseer, id, "finalize");
            return id;
        }

        private void step(SampledReviewApiTest test, WebTestClientConfigurer user, String id, String step) {
            long version = await().atMost(Duration.ofSeconds(10)).until(() -> test.web.mutateWith(overseer).get()
                    .uri("/api/evaluations/{id}", id).exchange().expectStatus().isOk()
                    .expectBody(Evaluation.class).returnResult().getResponseBody(), evaluation -> true).version();
            test.web.mutateWith(user).post().uri("/api/evaluations/{id}/{step}", id, step)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", version)).exchange()
                    .expectStatus().is2xxSuccessful();
        }
    }
}
