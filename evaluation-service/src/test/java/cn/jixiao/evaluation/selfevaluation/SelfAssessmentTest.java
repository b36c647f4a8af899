package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
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
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.evaluation.scoring.BlockingItem;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.testing.ServiceTest;

import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.APPROVER;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.AUDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.EDITOR;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_DISTRICT;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OTHER_STREET;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.OVERSEER;
import static cn.jixiao.evaluation.selfevaluation.EvaluationFixture.streetsAssessment;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class SelfAssessmentTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void ungradedQualitativeIndicatorsScoreNothingAndAreListedAsBlocking() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-UNGRADED");
        SelfEvaluationView draft = fixture.awaitScoredDraft();

        ScoreView score = fixture.score(draft.id());
        assertThat(score.total()).isEqualByComparingTo("74.50");
        assertThat(score.blockingItems()).filteredOn(item -> item.kind() == BlockingItem.Kind.QUALITATIVE_NOT_GRADED)
                .extracting(BlockingItem::indicatorId).containsExactly("td-on-time", "td-environment");

        EvaluationSnapshot recomputed = fixture.eventAt(draft.id(), draft.version()).payload();
        assertThat(recomputed.actor()).as("recomputed from project data, by nobody").isNull();
        assertThat(recomputed.score().total()).isEqualByComparingTo("74.50");
        assertThat(recomputed.score().indicators()).filteredOn(line -> line.indicatorId().equals("td-on-time"))
                .singleElement().satisfies(line -> assertThat(line.qualitativeGrade()).isNull());
    }

    @Test
    void theStreetsEditorGradesExplainsAndTheScoreIsRecomputedAndAnnouncedInTheSameWrite() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-GRADED");
        SelfEvaluationView draft = fixture.awaitScoredDraft();

        SelfEvaluationView assessed = fixture.assess(EDITOR, draft.id(), streetsAssessment(draft.version()))
                .expectStatus().isOk().expectBody(SelfEvaluationView.class).returnResult().getResponseBody();

        ScoreView score = fixture.score(draft.id());
        assertThat(score.total()).isEqualByComparingTo("91.50");
        assertThat(score.grade()).isEqualTo(Grade.优);
        assertThat(score.blockingItems()).isEmpty();
        assertThat(assessed.version()).isEqualTo(draft.version() + 1);
        assertThat(assessed.selfAssessment().executionExplanation()).isEqualTo(EvaluationFixture.EXPLANATION);
        assertThat(assessed.history()).singleElement().satisfies(step -> {
            assertThat(step.step()).isEqualTo(WorkflowStep.SELF_ASSESS);
            assertThat(step.actor()).isEqualTo("panlong-tuodong-editor");
        });

        EventEnvelope<EvaluationSnapshot> scored = fixture.eventAt(draft.id(), assessed.version());
        assertThat(scored.is(EvaluationEvents.EVALUATION_SCORED)).isTrue();
        assertThat(scored.tenantId()).isEqualTo("tuodong");
        ScoreBreakdown breakdown = scored.payload().score();
        assertThat(breakdown.total()).isEqualByComparingTo("91.50");
        assertThat(breakdown.execution().lowRateExplanation()).isEqualTo(EvaluationFixture.EXPLANATION);
        assertThat(breakdown.execution().ratePercent()).isEqualByComparingTo("85.00");
        assertThat(breakdown.indicators()).filteredOn(line -> line.indicatorId().equals("td-environment")).singleElement()
                .satisfies(line -> {
                    assertThat(line.qualitativeGrade()).isEqualTo("PARTLY_ACHIEVED");
                    assertThat(line.score()).isEqualByComparingTo("7.00");
                    assertThat(line.actualText()).isEqualTo("人居环境有所改善");
                    assertThat(line.deviationNote()).isEqualTo("部分小区补植未完成，次年春季补齐");
                });
        assertThat(scored.payload().actor()).isEqualTo("panlong-tuodong-editor");
        assertThat(scored.payload().status()).isEqualTo("DRAFT");
    }

    @Test
    void aScoreOutsideTheGradesBandIsRefusedWithTheAllowedRange() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-BAND");
        SelfEvaluationView draft = fixture.awaitScoredDraft();
        AssessSelf outside = new AssessSelf(draft.version(), List.of(new IndicatorAssessment("td-environment",
                QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("8"), false, null)), null);

        fixture.assess(EDITOR, draft.id(), outside)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("self-assessment-invalid")
                .jsonPath("$.errors[0].indicatorId").isEqualTo("td-environment")
                .jsonPath("$.errors[0].allowed.from").isEqualTo(6.00)
                .jsonPath("$.errors[0].allowed.to").isEqualTo(8.00)
                .jsonPath("$.errors[0].allowed.toInclusive").isEqualTo(false)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("6.00 分（含）至 8.00 分（不含）").contains("from 6.00 inclusive to 8.00 exclusive"));
        assertThat(fixture.get(EDITOR, draft.id()).version()).as("nothing stored").isEqualTo(draft.version());
    }

    @Test
    void onlyTheStreetsEditorMayAssessAndOthersStreetsAndDistrictsDoNotSeeTheEvaluation() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-ROLES");
        SelfEvaluationView draft = fixture.awaitScoredDraft();
        AssessSelf request = streetsAssessment(draft.version());

        fixture.assess(APPROVER, draft.id(), request).expectStatus().isForbidden();
        fixture.assess(OVERSEER, draft.id(), request).expectStatus().isForbidden();
        fixture.assess(AUDITOR, draft.id(), request).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        fixture.assess(OTHER_STREET, draft.id(), request).expectStatus().isNotFound();
        fixture.assess(OTHER_DISTRICT, draft.id(), request).expectStatus().isNotFound();
        assertThat(fixture.get(EDITOR, draft.id()).version()).as("nothing stored").isEqualTo(draft.version());
    }

    @Test
    void anAssessmentBasedOnAStaleVersionIsAConflict() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-STALE");
        SelfEvaluationView draft = fixture.awaitScoredDraft();
        fixture.assess(EDITOR, draft.id(), streetsAssessment(draft.version())).expectStatus().isOk();

        fixture.assess(EDITOR, draft.id(), streetsAssessment(draft.version()))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");
    }

    @Test
    void anIndicatorMarkedNotApplicableNeedsAReason() throws Exception {
        EvaluationFixture fixture = new EvaluationFixture(web, kafka, broker, "SA-NA");
        SelfEvaluationView draft = fixture.awaitScoredDraft();

        fixture.assess(EDITOR, draft.id(), new AssessSelf(draft.version(), List.of(
                        new IndicatorAssessment("td-participation", null, null, true, null)), null))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].indicatorId").isEqualTo("td-participation");
        SelfEvaluationView marked = fixture.assess(EDITOR, draft.id(), new AssessSelf(draft.version(), List.of(
                        new IndicatorAssessment("td-participation", null, null, true, "本年度未组织居民参与")), null))
                .expectStatus().isOk().expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        assertThat(marked.selfAssessment().of("td-participation")).get()
                .extracting(IndicatorAssessment::notApplicableReason).isEqualTo("本年度未组织居民参与");
    }
}
