package cn.jixiao.project.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.RefusedEvents;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail takes only the entries of the street a project belongs to. 金辰街道 registers a project; entries
 * forged for it by 拓东街道 are not appended, and each is dead-lettered and logged.
 */
@ServiceTest
class ForgedAuditEntriesTest {

    private static final String FORGER = "tuodong";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final EventCodec codec = new EventCodec();
    private RefusedEvents refused;
    private String projectId;
    /** The project's street and district as project-service names them. */
    private String owner;
    private String district;

    @BeforeEach
    void jinchenRegistersAProject() {
        refused = RefusedEvents.watch(broker.getBrokersAsString());
        projectId = web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("AUDIT-" + System.nanoTime(), "社区睦邻家园建设专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
        AuditEntry registered = await().atMost(Duration.ofSeconds(60)).until(this::trail, trail -> trail.size() == 1)
                .get(0);
        owner = registered.tenantId();
        district = registered.districtId();
    }

    @AfterEach
    void close() {
        refused.close();
    }

    @Test
    void anotherStreetsEntryForTheProjectIsNotAppended() throws Exception {
        EventEnvelope<AuditRecord> forged = EventEnvelope.of(AuditTrail.CHANGE_AUDITED, FORGER, Instant.now(),
                entry(FORGER, "budget", Map.of("fullYearBudget", "1.00")));

        send(forged);

        var letter = refused.deadLetterOf(forged.eventId(), "project-audit");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("aggregate-of-another-tenant");
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(AuditTrail.TOPIC);
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("consumer=project-audit", "claimedTenant=" + FORGER, "boundTenant=" + owner);
        assertThat(trail()).extracting(AuditEntry::action).containsExactly("registered");
    }

    @Test
    void anEntryInTheProjectsStreetsNameSentUnderAnotherStreetIsNotAppended() throws Exception {
        EventEnvelope<AuditRecord> forged = EventEnvelope.of(AuditTrail.CHANGE_AUDITED, FORGER, Instant.now(),
                entry(owner, "project", Map.of("name", "篡改")));

        send(forged);

        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), "project-audit"),
                DeadLetters.REASON_CODE)).isEqualTo("payload-tenant-mismatch");
        assertThat(refused.securityLinesOf(forged.eventId())).hasSize(1);
        assertThat(trail()).extracting(AuditEntry::action).containsExactly("registered");
    }

    private AuditRecord entry(String street, String subject, Map<String, Object> after) {
        return new AuditRecord(projectId, district, street, subject, "updated", street + "-editor", street + "-editor-id",
                null, after);
    }

    private List<AuditEntry> trail() {
        return mongo.find(Query.query(Criteria.where("projectId").is(projectId)), AuditEntry.class).collectList().block();
    }

    private void send(EventEnvelope<AuditRecord> event) throws Exception {
        kafka.send(new ProducerRecord<>(AuditTrail.TOPIC, projectId, codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
