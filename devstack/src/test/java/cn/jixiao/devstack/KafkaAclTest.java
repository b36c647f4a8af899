package cn.jixiao.devstack;

import static cn.jixiao.devstack.KafkaBrokerTest.consumeOne;
import static cn.jixiao.devstack.KafkaBrokerTest.consumer;
import static cn.jixiao.devstack.KafkaBrokerTest.producer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The local broker as the services meet it: every client logs in as a principal, and a service writes only its
 * own topics (and the dead letters) and reads only what it consumes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAclTest {

    private KafkaBroker broker;

    @BeforeAll
    void startBroker() throws Exception {
        var dir = Files.createTempDirectory("kafka-acl");
        broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("kafka"), dir.resolve("logs"));
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eachServiceWritesItsOwnTopicsAndTheDeadLetters() throws Exception {
        for (var service : KafkaLogins.KAFKA_USERS) {
            try (var producer = producer(asService(service))) {
                for (var topic : KafkaTopicGrants.writtenBy(service)) {
                    producer.send(new ProducerRecord<>(topic, "p-1", service.module())).get();
                }
            }
        }
        assertThat(KafkaTopicGrants.writtenBy(Service.REPORT))
                .containsExactly(KafkaTopicGrants.REPORT_EVENTS, KafkaTopicGrants.DEAD_LETTERS);
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        try (var producer = producer(asService(Service.PROJECT))) {
            // a forged EvaluationFinalized from project-service's principal
            assertThatThrownBy(() -> producer.send(
                    new ProducerRecord<>(KafkaTopicGrants.EVALUATION_EVENTS, "p-1", "EvaluationFinalized")).get())
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
        try (var producer = producer(asService(Service.REPORT))) {
            assertThatThrownBy(() -> producer.send(
                    new ProducerRecord<>(KafkaTopicGrants.PROJECT_EVENTS, "p-1", "ProjectRegistered")).get())
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void consumersReadWhatTheyConsumeInGroupsNamedAfterTheirService() throws Exception {
        try (var producer = producer(asService(Service.EVALUATION))) {
            producer.send(new ProducerRecord<>(KafkaTopicGrants.EVALUATION_EVENTS, "p-2", "TemplatePublished")).get();
        }

        assertThat(consumeOne(asService(Service.REPORT), KafkaTopicGrants.EVALUATION_EVENTS, "report-service-evaluations"))
                .isNotBlank();
    }

    @Test
    void projectServiceReadsTheEvaluationEventsForTheTemplatesItsTargetsAreCheckedAgainst() throws Exception {
        try (var producer = producer(asService(Service.EVALUATION))) {
            producer.send(new ProducerRecord<>(KafkaTopicGrants.EVALUATION_EVENTS, "p-3", "TemplatePublished")).get();
        }

        assertThat(consumeOne(asService(Service.PROJECT), KafkaTopicGrants.EVALUATION_EVENTS, "project-service"))
                .isNotBlank();
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsumeNorUseAnotherServicesGroup() {
        try (var consumer = consumer(asService(Service.PROJECT), "project-service-reports")) {
            consumer.subscribe(List.of(KafkaTopicGrants.REPORT_EVENTS));
            assertThatThrownBy(() -> pollFor(consumer)).isInstanceOf(TopicAuthorizationException.class);
        }
        try (var consumer = consumer(asService(Service.REPORT), "project-service")) {
            consumer.subscribe(List.of(KafkaTopicGrants.PROJECT_EVENTS));
            assertThatThrownBy(() -> pollFor(consumer)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        var impostor = new KafkaLogin("project-service", "guessed");
        try (var producer = producer(broker.clientProperties(impostor))) {
            assertThatThrownBy(() -> producer.send(
                    new ProducerRecord<>(KafkaTopicGrants.PROJECT_EVENTS, "p-1", "ProjectRegistered")).get())
                    .cause().isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aClientThatDoesNotLogInGetsNothing() {
        Map<String, Object> anonymous = Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "request.timeout.ms", 2_000,
                "default.api.timeout.ms", 5_000);
        try (var admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        try (var producer = producer(new HashMap<>(anonymous))) {
            assertThatThrownBy(() -> producer.send(
                    new ProducerRecord<>(KafkaTopicGrants.PROJECT_EVENTS, "p-1", "ProjectRegistered")).get())
                    .cause().isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private Map<String, Object> asService(Service service) {
        return broker.clientProperties(broker.logins().of(service).orElseThrow());
    }

    private static void pollFor(org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
    }
}
