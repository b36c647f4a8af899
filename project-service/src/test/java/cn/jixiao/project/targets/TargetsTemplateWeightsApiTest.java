package cn.jixiao.project.targets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The weights' sums against the project's template, known from evaluation-service's events: once it has published
 * Panlong's 绩效指标90 form (产出 60, 效益 30) and announced that Jinchen's project is scored under it, Jinchen's tree
 * (产出 50, 满意度 10) shows what to fix and cannot be submitted or adjusted until it adds up; before that, the
 * weights are not judged.
 */
@ServiceTest
class TargetsTemplateWeightsApiTest {

    static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");
    static final WebTestClientConfigurer PANLONG = Tokens.overseer("panlong");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final EventCodec codec = new EventCodec();
    TargetsClient api;
    String templateId;

    @BeforeEach
    void client() {
        api = new TargetsClient(web);
        templateId = "panlong-performance-90-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTreeThatDoesNotAddUpToItsProjectsTemplateIsListedAndRefusedWithEveryFinding() throws Exception {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        assertThat(api.targets(JINCHEN, project).findings()).as("no template known yet: the weights are not judged")
                .isEmpty();

        publishPanlong90();
        announceScoredUnderPanlong90(project, 1);

        TargetsView read = await().atMost(Duration.ofSeconds(20)).until(() -> api.targets(JINCHEN, project),
                view -> !view.findings().isEmpty());
        assertThat(read.submittable()).isFalse();
        assertThat(read.findings()).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field,
                        TargetsFinding::category)
                .containsExactly(
                        tuple("part-not-in-template", "jc-residents", "dimension", IndicatorCategory.SATISFACTION),
                        tuple("part-not-in-template", "jc-merchants", "dimension", IndicatorCategory.SATISFACTION),
                        tuple("weights-do-not-add-up", "jc-activities", "weight", IndicatorCategory.OUTPUT));
        api.submit(JINCHEN, project, read.version()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("targets-incomplete")
                .jsonPath("$.findings[2].code").isEqualTo("weights-do-not-add-up")
                .jsonPath("$.findings[2].category").isEqualTo("OUTPUT")
                .jsonPath("$.findings[2].message").value(message -> assertThat((String) message)
                        .contains("产出指标各三级指标分值合计 50").contains("规定的 60"))
                .jsonPath("$.findings[2].messageEn").value(message -> assertThat((String) message).contains("add up to 50"));

        api.define(JINCHEN, project, new cn.jixiao.project.indicators.DefineIndicators(read.version(), fitsPanlong90()))
                .expectStatus().isOk();
        assertThat(api.submitted(JINCHEN, project).state()).isEqualTo(TargetsState.SUBMITTED);
    }

    @Test
    void anAdjustmentIsCheckedAgainstTheSameTemplate() throws Exception {
        publishPanlong90();
        String project = api.projectWith(JINCHEN, new cn.jixiao.project.indicators.DefineIndicators(null, fitsPanlong90()));
        announceScoredUnderPanlong90(project, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(project));
        api.submitted(JINCHEN, project);
        api.approved(PANLONG, project, null);

        List<IndicatorInput> fewerActivities = new ArrayList<>(fitsPanlong90());
        fewerActivities.set(0, new IndicatorInput(fewerActivities.get(0).id(), fewerActivities.get(0).category(),
                fewerActivities.get(0).dimension(), fewerActivities.get(0).name(), "≥8次", fewerActivities.get(0).direction(),
                new java.math.BigDecimal("25"), fewerActivities.get(0).dataSource()));

        api.requestAdjustment(JINCHEN, project, api.targets(JINCHEN, project).version(), "活动场地停用", fewerActivities)
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.findings[0].code").isEqualTo("weights-do-not-add-up")
                .jsonPath("$.findings[0].message").value(message -> assertThat((String) message).contains("合计 55"));
    }

    @Test
    void aLateSnapshotOfTheSameRoundDoesNotMoveTheTemplateButALaterRoundDoes() throws Exception {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        publishPanlong90();
        publish(Topics.EVALUATION_EVENTS, project, EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, "platform",
                Instant.parse("2023-01-02T00:00:00Z"), new TemplatePublished("national-" + templateId, 1, "全国通用",
                        null, List.of(new TemplatePublished.Part("BUDGET_EXECUTION", new java.math.BigDecimal("10")),
                        new TemplatePublished.Part("OUTPUT", new java.math.BigDecimal("50")),
                        new TemplatePublished.Part("EFFECT", new java.math.BigDecimal("30")),
                        new TemplatePublished.Part("SATISFACTION", new java.math.BigDecimal("10"))), List.of())));
        String evaluation = UUID.randomUUID().toString();
        announce(project, evaluation, 1, 5, "national-" + templateId);
        announce(project, evaluation, 1, 3, templateId);
        // the topic has one partition here: once a later event is applied, the late snapshot has been too
        String marker = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        announceScoredUnderPanlong90(marker, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(marker));

        assertThat(api.targets(JINCHEN, project).findings()).as("still the national form, which Jinchen's tree fits")
                .isEmpty();

        announce(project, UUID.randomUUID().toString(), 2, 1, templateId);
        await().atMost(Duration.ofSeconds(20)).until(() -> !api.targets(JINCHEN, project).findings().isEmpty());
        assertThat(api.targets(JINCHEN, project).findings()).extracting(TargetsFinding::code)
                .as("the second round is scored under Panlong's form").contains("weights-do-not-add-up");
    }

    /** Whether this service has taken the project's template from evaluation-service's events. */
    private boolean known(String project) {
        return Boolean.TRUE.equals(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(project)), "project_templates").block());
    }

    @Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

    /** Jinchen's tree with 产出 60 (the activities 30) and 效益 30, without the 满意度 lines. */
    private static List<IndicatorInput> fitsPanlong90() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen().stream()
                .filter(line -> line.category() != IndicatorCategory.SATISFACTION).toList());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                activities.target(), activities.direction(), new java.math.BigDecimal("30"), activities.dataSource()));
        return lines;
    }

    private void publishPanlong90() throws Exception {
        publish(Topics.EVALUATION_EVENTS, templateId, EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, "panlong",
                Instant.parse("2023-01-02T00:00:00Z"), new TemplatePublished(templateId, 2,
                        "盘龙区项目支出绩效自评模板（绩效指标90分）", "panlong",
                        List.of(new TemplatePublished.Part("BUDGET_EXECUTION", new java.math.BigDecimal("10")),
                                new TemplatePublished.Part("OUTPUT", new java.math.BigDecimal("60")),
                                new TemplatePublished.Part("EFFECT", new java.math.BigDecimal("30"))), List.of())));
    }

    private void announceScoredUnderPanlong90(String project, long revision) throws Exception {
        announce(project, UUID.randomUUID().toString(), 1, revision, templateId);
    }

    private void announce(String project, String evaluation, int round, long revision, String template)
            throws Exception {
        int version = template.equals(templateId) ? 2 : 1;
        publish(Topics.EVALUATION_EVENTS, project, EventEnvelope.of(EvaluationEvents.EVALUATION_SCORED, "jinchen",
                Instant.parse("2023-03-01T00:00:00Z"), new EvaluationSnapshot(evaluation, project, "panlong", "jinchen",
                        null, null, 2023, round, "DRAFT", null, "预算尚未填报", List.of(), null, null, revision,
                        new EvaluationSnapshot.TemplateVersion(template, version))));
    }

    private void publish(String topic, String key, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, key, codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
