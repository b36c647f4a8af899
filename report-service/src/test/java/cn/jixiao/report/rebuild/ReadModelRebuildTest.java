package cn.jixiao.report.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.messaging.replay.RebuildProgress;
import cn.jixiao.messaging.replay.RebuildProgress.State;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.EvidenceItem;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.readmodel.TemplateOutline;
import cn.jixiao.report.texts.ReportTexts;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * report-service's read model (its copies of the projects, evaluations and template outlines) is dropped and
 * rebuilt from the topics, and comes back exactly as it was: every document field by field, the same events
 * recorded as applied, an event refused before refused again, one delivered twice applied once. What the service
 * owns (the street's report texts) is not touched. Events published while the rebuild runs are not lost.
 */
@ServiceTest
// a broker and a database of this class's own: the comparison covers whole collections, into which other test
// classes of a shared context write documents straight into the store, which no event could bring back
@TestPropertySource(properties = "jixiao.test.context=read-model-rebuild")
class ReadModelRebuildTest {

    private static final WebTestClientConfigurer PLATFORM_ADMIN =
            Tokens.user("platform-admin", null, "platform-admin");
    private static final List<String> READ_MODEL = List.of(ProjectFacts.COLLECTION, EvaluationRecord.COLLECTION,
            TemplateOutline.COLLECTION);
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ReadModel model;

    @Autowired
    EmbeddedKafkaBroker broker;

    private final EventCodec codec = new EventCodec();

    @Test
    void aWipedReadModelIsRebuiltFromTheTopicsFieldByFieldAsItWas() throws Exception {
        JinchenEvents first = new JinchenEvents();
        JinchenEvents second = new JinchenEvents();
        fill(first, second);
        writeTheStreetsTexts(first);
        Map<String, List<Document>> before = readModel();
        Set<String> appliedBefore = appliedEvents();
        List<Document> textsBefore = all(ReportTexts.COLLECTION);
        assertThat(before.get(ProjectFacts.COLLECTION)).hasSizeGreaterThanOrEqualTo(2);

        READ_MODEL.forEach(collection -> mongo.remove(new Query(), collection).block());
        assertThat(readModel().values()).allSatisfy(documents -> assertThat(documents).isEmpty());

        RebuildProgress done = rebuildThroughTheApi();

        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.requestedBy()).isEqualTo("platform-admin");
        assertThat(done.failedRecords()).isZero();
        assertThat(done.topics()).extracting(RebuildProgress.TopicProgress::topic)
                .containsExactly(Topics.EVALUATION_EVENTS, Topics.PROJECT_EVENTS);
        assertThat(done.topics()).allSatisfy(topic -> assertThat(topic.read()).isEqualTo(topic.total()).isPositive());
        Map<String, List<Document>> after = readModel();
        for (String collection : READ_MODEL) {
            assertThat(after.get(collection)).as(collection).isEqualTo(before.get(collection));
        }
        assertThat(appliedEvents()).as("the events recorded as applied").isEqualTo(appliedBefore);
        assertThat(all(ReportTexts.COLLECTION)).as("the street's texts, owned by report-service")
                .isEqualTo(textsBefore);
    }

    @Test
    void eventsPublishedWhileTheRebuildRunsAreNeitherLostNorDoubled() throws Exception {
        JinchenEvents project = new JinchenEvents();
        project.publishProject(kafka);
        awaitEvidence(project, JinchenEvents.EVIDENCE.size());

        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/reports/admin/read-model/rebuild").exchange()
                .expectStatus().isAccepted();
        List<String> attachedDuringTheRebuild = new ArrayList<>();
        for (int position = JinchenEvents.EVIDENCE.size() + 1; position <= JinchenEvents.EVIDENCE.size() + 20;
             position++) {
            String evidenceId = project.projectId() + "-late-" + position;
            attachedDuringTheRebuild.add(evidenceId);
            send(Topics.PROJECT_EVENTS, project.projectId(), EventEnvelope.of(ProjectEvents.EVIDENCE_ATTACHED,
                    JinchenEvents.STREET, Instant.now(), new EvidenceAttached(project.projectId(),
                            JinchenEvents.DISTRICT, JinchenEvents.STREET, evidenceId, "OTHER", "补充材料" + position,
                            "补充材料" + position + ".pdf", "application/pdf", 2048, "1".repeat(64), position)));
        }
        assertThat(awaitDone().state()).isEqualTo(State.DONE);

        List<String> evidence = awaitEvidence(project, JinchenEvents.EVIDENCE.size() + 20).stream()
                .map(EvidenceItem::evidenceId).toList();
        assertThat(evidence).doesNotHaveDuplicates().containsAll(attachedDuringTheRebuild);

        // and a rebuild with nothing arriving meanwhile finds exactly what the live listener and the replay made
        Map<String, List<Document>> live = readModel();
        assertThat(rebuildThroughTheApi().state()).isEqualTo(State.DONE);
        assertThat(readModel()).isEqualTo(live);
    }

    @Test
    void theTopicsReplayedKeepEveryEvent() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            for (String topic : List.of(Topics.PROJECT_EVENTS, Topics.EVALUATION_EVENTS)) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                var configs = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                assertThat(configs.get("retention.ms").value()).as(topic).isEqualTo("-1");
                assertThat(configs.get("retention.bytes").value()).as(topic).isEqualTo("-1");
            }
        }
    }

    @Test
    void onlyThePlatformAdministratorRebuildsAndAnAuditorsAccountNever() {
        for (WebTestClientConfigurer caller : List.of(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN),
                Tokens.overseer(DemoTenants.PANLONG),
                Tokens.user("auditing-admin", null, "auditor", "platform-admin"))) {
            web.mutateWith(caller).post().uri("/api/reports/admin/read-model/rebuild").exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("forbidden")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("只有平台管理员可以重建读模型", "Only the platform administrator may rebuild"));
        }
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/admin/read-model/rebuild").exchange().expectStatus().isForbidden();
        web.mutateWith(Tokens.user("auditing-admin", null, "auditor", "platform-admin")).get()
                .uri("/api/reports/admin/read-model/rebuild").exchange().expectStatus().isOk();
        web.post().uri("/api/reports/admin/read-model/rebuild").exchange().expectStatus().isUnauthorized();
    }

    /**
     * Two projects with everything the report reads, a template's outline, each project's evaluation snapshots,
     * one event delivered twice and one forged by another street (refused and dead-lettered).
     */
    private void fill(JinchenEvents first, JinchenEvents second) throws Exception {
        first.publishProject(kafka);
        ProjectUpdated forged = new ProjectUpdated(first.projectId(), JinchenEvents.DISTRICT, DemoTenants.TUODONG,
                JinchenEvents.CODE, "拓东街道篡改的项目", 2023, "拓东街道办事处", "拓东街道办事处", "专项资金", List.of(),
                null, null, "", "", List.of(), "ACTIVE", 99);
        send(Topics.PROJECT_EVENTS, first.projectId(),
                EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, DemoTenants.TUODONG, Instant.now(), forged));
        var twice = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, JinchenEvents.STREET,
                Instant.parse("2023-06-01T02:00:00Z"), second.budget());
        second.publishProject(kafka);
        // the 绩效目标表's approval and 目标调整 live in the project's facts, and come back with them
        second.publishTargets(kafka);
        send(Topics.PROJECT_EVENTS, second.projectId(), twice);
        send(Topics.PROJECT_EVENTS, second.projectId(), twice);

        String templateId = "panlong-rebuild-" + first.projectId();
        send(Topics.EVALUATION_EVENTS, templateId, EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED,
                JinchenEvents.DISTRICT, Instant.parse("2024-01-10T02:00:00Z"), new TemplatePublished(templateId, 1,
                        "盘龙区模板", JinchenEvents.DISTRICT, List.of(), List.of("项目概况", "绩效评价结论"))));
        for (JinchenEvents project : List.of(first, second)) {
            project.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, project.snapshot("DRAFT", 3));
            project.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SUBMITTED, project.snapshot("SUBMITTED", 5));
        }

        await().atMost(SETTLED).until(() -> model.sectionsOf(templateId, 1).block(), sections -> !sections.isEmpty());
        for (JinchenEvents project : List.of(first, second)) {
            awaitEvidence(project, JinchenEvents.EVIDENCE.size());
            await().atMost(SETTLED).until(() -> mongo.findById(project.evaluationId(), EvaluationRecord.class).block(),
                    record -> record != null && record.revision() == 5);
        }
        await().atMost(SETTLED).until(() -> model.projectUnchecked(second.projectId()).block().targets(),
                targets -> targets.inForce() != null && targets.inForce().revision() == 2);
        // one partition: the forgery and the repeated budget came before the second project's last evidence
        assertThat(model.projectUnchecked(first.projectId()).block().details().name()).isEqualTo(JinchenEvents.NAME);
    }

    private void writeTheStreetsTexts(JinchenEvents project) {
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).put()
                .uri("/api/reports/{id}/rounds/1/texts", project.projectId())
                .bodyValue(new UpdateReportTexts(null, JinchenReportTexts.TEXTS)).exchange()
                .expectStatus().isOk();
    }

    private List<EvidenceItem> awaitEvidence(JinchenEvents project, int count) {
        return await().atMost(SETTLED).until(() -> {
            ProjectFacts facts = model.projectUnchecked(project.projectId()).block();
            return facts == null ? List.<EvidenceItem>of() : facts.evidence();
        }, evidence -> evidence.size() == count);
    }

    private RebuildProgress rebuildThroughTheApi() {
        RebuildProgress started = web.mutateWith(PLATFORM_ADMIN).post().uri("/api/reports/admin/read-model/rebuild")
                .exchange().expectStatus().isAccepted().expectBody(RebuildProgress.class).returnResult()
                .getResponseBody();
        assertThat(started.state()).isEqualTo(State.RUNNING);
        return awaitDone();
    }

    private RebuildProgress awaitDone() {
        return await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> web.mutateWith(PLATFORM_ADMIN)
                .get().uri("/api/reports/admin/read-model/rebuild").exchange().expectStatus().isOk()
                .expectBody(RebuildProgress.class).returnResult().getResponseBody(), progress -> !progress.running());
    }

    private Map<String, List<Document>> readModel() {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        READ_MODEL.forEach(collection -> documents.put(collection, all(collection)));
        return documents;
    }

    private List<Document> all(String collection) {
        return mongo.findAll(Document.class, collection).collectList().block().stream()
                .sorted(Comparator.comparing(document -> String.valueOf(document.get("_id")))).toList();
    }

    /** The ids of the events the read model's consumer recorded as applied (not when: a rebuild applies anew). */
    private Set<String> appliedEvents() {
        return mongo.find(Query.query(Criteria.where("consumer").is("report-service")), Document.class,
                        "processed_events")
                .map(marker -> marker.getString("eventId")).collect(TreeSet<String>::new, Set::add).block();
    }

    private void send(String topic, String key, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, key, codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
