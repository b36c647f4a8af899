package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.testing.ServiceTest;

import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.APPROVER;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.AUDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.EDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_DISTRICT;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_STREET;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OVERSEER;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.streetsAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class WorkflowStepsTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void submittingIsRefusedListingEveryMissingItemInChineseAndEnglish() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "WF-REFUSED");
        SelfEvaluationView draft = fixture.awaitScoredDraft();

        fixture.step(APPROVER, draft.id(), "submit", draft.version(), null)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("submission-incomplete")
                .jsonPath("$.blockingItems.length()").isEqualTo(4)
                .jsonPath("$.blockingItems[0].kind").isEqualTo("EXECUTION_EXPLANATION_MISSING")
                .jsonPath("$.blockingItems[0].zh").isEqualTo("预算执行率 85.00% 低于 90%，需填写执行率偏低的原因说明")
                .jsonPath("$.blockingItems[0].en").isEqualTo("the budget execution rate of 85.00% is below the threshold and needs a written explanation")
                .jsonPath("$.blockingItems[1].kind").isEqualTo("QUALITATIVE_NOT_GRADED")
                .jsonPath("$.blockingItems[1].indicatorId").isEqualTo("td-on-time")
                .jsonPath("$.blockingItems[2].kind").isEqualTo("DEVIATION_NOTE_MISSING")
                .jsonPath("$.blockingItems[2].indicatorId").isEqualTo("td-on-time")
                .jsonPath("$.blockingItems[2].en").value(en -> assertThat((String) en).contains("偏差原因分析及改进措施"))
                .jsonPath("$.blockingItems[3].kind").isEqualTo("QUALITATIVE_NOT_GRADED")
                .jsonPath("$.blockingItems[3].indicatorId").isEqualTo("td-environment")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("有 4 项须补全后才能提交").contains("4 item(s) must be completed before submitting"));
        assertThat(fixture.get(EDITOR, draft.id()).status()).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void onlyTheStreetsApproverSubmitsAndOnlyTheDistrictsOverseerReviews() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "WF-ROLES");
        SelfEvaluationView draft = fixture.awaitScoredDraft();
        SelfEvaluationView assessed = fixture.assess(EDITOR, draft.id(), streetsAssessment(draft.version()))
                .expectStatus().isOk().expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        long version = assessed.version();

        fixture.step(EDITOR, draft.id(), "submit", version, null).expectStatus().isForbidden();
        fixture.step(OVERSEER, draft.id(), "submit", version, null).expectStatus().isForbidden();
        fixture.step(AUDITOR, draft.id(), "submit", version, null).expectStatus().isForbidden();
        fixture.step(OTHER_STREET, draft.id(), "submit", version, null).expectStatus().isNotFound();
        fixture.step(OVERSEER, draft.id(), "start-review", version, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.status").isEqualTo(409).jsonPath("$.evaluationStatus").isEqualTo("DRAFT");

        SelfEvaluationView submitted = fixture.took(APPROVER, draft.id(), "submit", version, "请区里复核");
        assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        fixture.step(APPROVER, draft.id(), "start-review", submitted.version(), null).expectStatus().isForbidden();
        fixture.step(AUDITOR, draft.id(), "start-review", submitted.version(), null).expectStatus().isForbidden();
        fixture.step(OTHER_DISTRICT, draft.id(), "start-review", submitted.version(), null).expectStatus().isNotFound();
        fixture.assess(EDITOR, draft.id(), streetsAssessment(submitted.version())).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.status").isEqualTo(409).jsonPath("$.evaluationStatus").isEqualTo("SUBMITTED");
        assertThat(fixture.took(OVERSEER, draft.id(), "start-review", submitted.version(), null).status())
                .isEqualTo(EvaluationStatus.UNDER_REVIEW);
    }

    @Test
    void theDistrictReturnsWithCommentsTheStreetResubmitsAndEveryStepIsRecordedAndAnnounced() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "WF-PATH");
        SelfEvaluationView review = fixture.underReview();
        String id = review.id();

        fixture.step(OVERSEER, id, "return", review.version(), " ").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("comment-required");
        SelfEvaluationView returned = fixture.took(OVERSEER, id, "return", review.version(), "人居环境得分依据不足，请补充走访记录");
        assertThat(returned.status()).isEqualTo(EvaluationStatus.RETURNED);
        SelfEvaluationView reassessed = fixture.assess(EDITOR, id, streetsAssessment(returned.version()))
                .expectStatus().isOk().expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        SelfEvaluationView resubmitted = fixture.took(APPROVER, id, "submit", reassessed.version(), "已补充走访记录");
        SelfEvaluationView reviewing = fixture.took(OVERSEER, id, "start-review", resubmitted.version(), null);
        SelfEvaluationView approved = fixture.took(OVERSEER, id, "approve", reviewing.version(), "同意");
        SelfEvaluationView finalized = fixture.took(OVERSEER, id, "finalize", approved.version(), null);

        assertThat(finalized.status()).isEqualTo(EvaluationStatus.FINALIZED);
        assertThat(finalized.history()).extracting(HistoryEntry::step).containsExactly(
                WorkflowStep.SELF_ASSESS, WorkflowStep.SUBMIT, WorkflowStep.START_REVIEW, WorkflowStep.RETURN,
                WorkflowStep.SELF_ASSESS, WorkflowStep.SUBMIT, WorkflowStep.START_REVIEW, WorkflowStep.APPROVE,
                WorkflowStep.FINALIZE);
        assertThat(finalized.history().get(3)).satisfies(step -> {
            assertThat(step.from()).isEqualTo(EvaluationStatus.UNDER_REVIEW);
            assertThat(step.to()).isEqualTo(EvaluationStatus.RETURNED);
            assertThat(step.actor()).isEqualTo("panlong-overseer");
            assertThat(step.comment()).isEqualTo("人居环境得分依据不足，请补充走访记录");
            assertThat(step.at()).isNotNull();
        });

        List<EventEnvelope<EvaluationSnapshot>> events = fixture.eventsUntil(event -> event.is(EvaluationEvents.EVALUATION_FINALIZED));
        assertThat(events).extracting(event -> event.payload().revision()).isSorted().doesNotHaveDuplicates();
        assertThat(events).filteredOn(event -> !event.is(EvaluationEvents.EVALUATION_SCORED))
                .extracting(EventEnvelope::type).containsExactly("EvaluationSubmitted", "EvaluationReviewStarted",
                        "EvaluationReturned", "EvaluationSubmitted", "EvaluationReviewStarted", "EvaluationApproved",
                        "EvaluationFinalized");
        EvaluationSnapshot returnedEvent = events.stream().filter(event -> event.is(EvaluationEvents.EVALUATION_RETURNED))
                .findFirst().orElseThrow().payload();
        assertThat(returnedEvent.comment()).isEqualTo("人居环境得分依据不足，请补充走访记录");
        assertThat(returnedEvent.actor()).isEqualTo("panlong-overseer");
        assertThat(returnedEvent.status()).isEqualTo("RETURNED");
        assertThat(returnedEvent.revision()).isEqualTo(returned.version());
        EvaluationSnapshot finalizedEvent = events.get(events.size() - 1).payload();
        assertThat(finalizedEvent.status()).isEqualTo("FINALIZED");
        assertThat(finalizedEvent.score().total()).isEqualByComparingTo("91.50");
        assertThat(finalizedEvent.score().gradeLabel()).isEqualTo("优秀");
    }

    @Test
    void reviewScoresStandBesideTheSelfScoresAndGiveTheReviewTotalAndGrade() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "WF-REVIEW");
        SelfEvaluationView review = fixture.underReview();
        String id = review.id();

        fixture.reviewScore(EDITOR, id, new SetReviewScore(review.version(), "td-environment", new BigDecimal("6"), "依据不足"))
                .expectStatus().isForbidden();
        fixture.reviewScore(AUDITOR, id, new SetReviewScore(review.version(), "td-environment", new BigDecimal("6"), "依据不足"))
                .expectStatus().isForbidden();
        fixture.reviewScore(OVERSEER, id, new SetReviewScore(review.version(), "td-environment", new BigDecimal("6"), " "))
                .expectStatus().isBadRequest();
        fixture.reviewScore(OVERSEER, id, new SetReviewScore(review.version(), "td-environment", new BigDecimal("10.5"), "超分"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.allowedTo").isEqualTo(10.00);

        SelfEvaluationView first = fixture.reviewScore(OVERSEER, id, new SetReviewScore(review.version(), "td-environment",
                        new BigDecimal("6"), "走访记录显示改善有限")).expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        assertThat(first.reviewTotal()).isEqualByComparingTo("90.50");
        assertThat(first.reviewGrade()).isEqualTo(Grade.优);
        SelfEvaluationView second = fixture.reviewScore(OVERSEER, id, new SetReviewScore(first.version(), null,
                        new BigDecimal("5.5"), "部分支出不属于本项目")).expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();

        assertThat(second.reviewTotal()).isEqualByComparingTo("87.50");
        assertThat(second.reviewGrade()).isEqualTo(Grade.良);
        assertThat(second.reviewScores()).extracting(ReviewScore::indicatorId).containsExactly("td-environment", null);
        ScoreView shown = fixture.score(id);
        assertThat(shown.total()).as("the self-score is kept").isEqualByComparingTo("91.50");
        assertThat(shown.reviewTotal()).as("and shown beside the review total").isEqualByComparingTo("87.50");
        assertThat(shown.reviewScores()).extracting(ReviewScore::reason).containsExactly("走访记录显示改善有限", "部分支出不属于本项目");
        web.mutateWith(EDITOR).get().uri("/api/evaluations/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.reviewTotal").isEqualTo(87.50).jsonPath("$.reviewGrade").isEqualTo("良")
                .jsonPath("$.total").isEqualTo(91.50);

        EvaluationSnapshot scored = fixture.eventAt(id, second.version()).payload();
        assertThat(scored.score().reviewTotal()).isEqualByComparingTo("87.50");
        assertThat(scored.score().reviewGrade()).isEqualTo("良");
        assertThat(scored.score().execution().reviewScore()).isEqualByComparingTo("5.50");
        assertThat(scored.score().indicators()).filteredOn(line -> line.indicatorId().equals("td-environment"))
                .singleElement().satisfies(line -> {
                    assertThat(line.score()).isEqualByComparingTo("7.00");
                    assertThat(line.reviewScore()).isEqualByComparingTo("6.00");
                    assertThat(line.reviewReason()).isEqualTo("走访记录显示改善有限");
                });

        SelfEvaluationView approved = fixture.took(OVERSEER, id, "approve", second.version(), null);
        fixture.reviewScore(OVERSEER, id, new SetReviewScore(approved.version(), "td-environment", new BigDecimal("7"), "改回"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.status").isEqualTo(409).jsonPath("$.evaluationStatus").isEqualTo("APPROVED");
    }

    @Test
    void theWorkflowIsDescribedInTheApiDocsInChineseAndEnglish() {
        String docs = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("\"/api/evaluations/{id}/self-assessment\"", "\"/api/evaluations/{id}/submit\"",
                "\"/api/evaluations/{id}/start-review\"", "\"/api/evaluations/{id}/review-scores\"",
                "\"/api/evaluations/{id}/return\"", "\"/api/evaluations/{id}/approve\"",
                "\"/api/evaluations/{id}/finalize\"", "\"/api/evaluations/{id}/reopen\"",
                "\"/api/evaluations/{id}/history\"", "设置复核分 / set a review score", "复核总分");
    }

    @Test
    void projectDataArrivingDuringTheReviewWaitsAndCountsOnceTheEvaluationIsReturned() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "WF-FROZEN");
        SelfEvaluationView review = fixture.underReview();
        String id = review.id();

        fixture.actuals("200", 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(OVERSEER).get().uri("/api/evaluations/{id}", id)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(),
                json -> json.contains("\"projectDataChangedSinceScored\":true"));
        assertThat(fixture.score(id).total()).as("frozen for the reviewer").isEqualByComparingTo("91.50");

        SelfEvaluationView current = fixture.get(OVERSEER, id);
        fixture.took(OVERSEER, id, "return", current.version(), "请按最新完成情况重新自评");

        assertThat(fixture.score(id).total()).as("trees 200 of 200 now score 40").isEqualByComparingTo("95.50");
        web.mutateWith(EDITOR).get().uri("/api/evaluations/{id}", id).exchange().expectBody()
                .jsonPath("$.projectDataChangedSinceScored").isEqualTo(false);
    }
}
