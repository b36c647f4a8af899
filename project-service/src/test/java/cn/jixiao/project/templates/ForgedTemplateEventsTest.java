package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.RefusedEvents;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A district's template and its choice of template belong to the district. 禄丰 (lufeng) publishes its copy and
 * chooses it; 嵩明 (songming), used by no other test, forges a new version of that copy and a choice for 禄丰:
 * project-service keeps 禄丰's template and choice, and both forgeries are dead-lettered and logged.
 */
@ServiceTest
class ForgedTemplateEventsTest {

    private static final String OWNER = "lufeng";
    private static final String FORGER = "songming";
    private static final String COPY = "lufeng-copy";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    Templates templates;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final EventCodec codec = new EventCodec();
    private RefusedEvents refused;

    @BeforeEach
    void lufengChoseItsOwnCopy() throws Exception {
        refused = RefusedEvents.watch(broker.getBrokersAsString());
        // each test's copy of these is a redelivery: stored again unchanged, the same choice kept
        publish(COPY, EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, OWNER, Instant.now(),
                new TemplatePublished(COPY, 1, "禄丰县模板", OWNER, EvaluationTemplate.NATIONAL_DEFAULT.parts(), List.of())));
        publish(OWNER, EventEnvelope.of(EvaluationEvents.TEMPLATE_CHOSEN, OWNER, Instant.now(),
                new TemplateChosen(OWNER, COPY, 1, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> templates.applicableTo(OWNER).block().templateId(),
                COPY::equals);
    }

    @AfterEach
    void close() {
        refused.close();
    }

    @Test
    void anotherDistrictCannotPublishAVersionOfTheDistrictsCopy() throws Exception {
        EventEnvelope<TemplatePublished> forged = EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, FORGER,
                Instant.now(), new TemplatePublished(COPY, 2, "禄丰县模板", FORGER,
                        List.of(new TemplatePublished.Part("BUDGET_EXECUTION", new BigDecimal("100"))), List.of()));

        publish(COPY, forged);

        var letter = refused.deadLetterOf(forged.eventId(), TemplateFeed.CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("aggregate-of-another-tenant");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).contains("template:" + COPY);
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("claimedTenant=" + FORGER, "boundTenant=" + OWNER);
        assertThat(mongo.count(Query.query(Criteria.where("template.templateId").is(COPY)), StoredTemplate.class)
                .block()).as("only 禄丰's own version").isEqualTo(1);
    }

    @Test
    void aChoiceForTheDistrictSentUnderAnotherDistrictsNameChangesNothing() throws Exception {
        EventEnvelope<TemplateChosen> forged = EventEnvelope.of(EvaluationEvents.TEMPLATE_CHOSEN, FORGER,
                Instant.now(), new TemplateChosen(OWNER, EvaluationTemplate.NATIONAL_DEFAULT_ID, 1, 99));

        publish(OWNER, forged);

        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), TemplateFeed.CONSUMER),
                DeadLetters.REASON_CODE)).isEqualTo("payload-tenant-mismatch");
        assertThat(refused.securityLinesOf(forged.eventId())).hasSize(1);
        assertThat(templates.applicableTo(OWNER).block().templateId()).isEqualTo(COPY);
    }

    private void publish(String key, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.EVALUATION_EVENTS, key, codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
