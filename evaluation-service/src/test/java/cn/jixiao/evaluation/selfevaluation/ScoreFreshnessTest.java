package cn.jixiao.evaluation.selfevaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.testing.ServiceTest;

import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.AUDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.EDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_DISTRICT;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_STREET;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the 自评 page needs to show a score honestly: when it was last recomputed and which of the project's data it
 * reflects, and the project's evaluation found by the project's id as soon as it is opened.
 */
@ServiceTest
class ScoreFreshnessTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void theScoreSaysWhenItWasRecomputedAndWhichRevisionOfTheProjectsDataItReflects() throws Exception {
        Instant before = Instant.now();
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SF-FRESH");
        SelfEvaluationView draft = fixture.awaitScoredDraft();
        ScoreView scored = fixture.score(draft.id());

        assertThat(scored.scoredAt()).isBetween(before, Instant.now());
        assertThat(scored.reflects()).isEqualTo(new ScoreReflects(1L, null, Instant.parse("2023-12-20T02:00:00Z"),
                null, 1L, 1L));
        assertThat(scored.projectDataChangedSinceScored()).isFalse();
        assertThat(fixture.get(EDITOR, draft.id()).scoredAt()).isEqualTo(scored.scoredAt());
        assertThat(fixture.get(EDITOR, draft.id()).reflects()).isEqualTo(scored.reflects());

        // the street saves its actuals again: project-service answers revision 2, and the page waits for the score
        // that reflects it
        fixture.actuals("200", 2);
        ScoreView rescored = await().atMost(Duration.ofSeconds(20)).until(() -> fixture.score(draft.id()),
                view -> view.reflects().actualsRevision() == 2);
        assertThat(rescored.scoredAt()).isAfter(scored.scoredAt());
        assertThat(rescored.total()).isGreaterThan(scored.total());
        assertThat(rescored.reflects().indicatorsRevision()).isEqualTo(1);
    }

    @Test
    void whileTheDistrictHasItTheScoreKeepsItsTimeAndTheRevisionsTheStreetSubmitted() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SF-FROZEN");
        SelfEvaluationView review = fixture.underReview();
        ScoreView submitted = fixture.score(review.id());

        fixture.actuals("200", 2);
        ScoreView frozen = await().atMost(Duration.ofSeconds(20)).until(() -> fixture.score(review.id()),
                ScoreView::projectDataChangedSinceScored);
        assertThat(frozen.scoredAt()).isEqualTo(submitted.scoredAt());
        assertThat(frozen.reflects().actualsRevision()).isEqualTo(1);
        assertThat(frozen.total()).isEqualByComparingTo(submitted.total());
    }

    @Test
    void aProjectsCurrentEvaluationIsFoundByTheProjectsIdOnceOpenedAndANotYetOpenedOneIsA404ToAskAgain()
            throws Exception {
        current(EDITOR, UUID.randomUUID().toString()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("no-evaluation-yet")
                .jsonPath("$.retryAfterSeconds").isEqualTo(EvaluationAccess.RETRY_AFTER_SECONDS)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("请稍后重试")
                        .contains("ask again shortly"));

        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SF-CURRENT");
        String projectId = fixture.project.projectId();
        // what a page does after registering: ask until the evaluation is opened
        await().atMost(Duration.ofSeconds(20)).until(() -> current(EDITOR, projectId).returnResult(String.class)
                .getStatus().value(), status -> status == 200);
        SelfEvaluationView current = current(EDITOR, projectId).expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();

        assertThat(current.projectId()).isEqualTo(projectId);
        assertThat(current.round()).isEqualTo(1);
        assertThat(current.id()).isEqualTo(fixture.awaitScoredDraft().id());
        current(OVERSEER, projectId).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(current.id());
        current(AUDITOR, projectId).expectStatus().isOk();
        // another street, or another district, gets the answer of a project that does not exist
        current(OTHER_STREET, projectId).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("no-evaluation-yet");
        current(OTHER_DISTRICT, projectId).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("no-evaluation-yet");
    }

    private WebTestClient.ResponseSpec current(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/evaluations/current?projectId={id}", projectId).exchange();
    }
}
