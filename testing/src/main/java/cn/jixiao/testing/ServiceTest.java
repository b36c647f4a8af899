package cn.jixiao.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import cn.jixiao.contracts.Topics;

/**
 * A whole service (its web layer bound in-process, so tests can act as any user), with a real (embedded KRaft) Kafka broker and its own in-memory
 * MongoDB-protocol server. Tests authenticate with {@code mockJwt()} carrying Keycloak-shaped claims
 * (see {@link Tokens}); the end-to-end suite covers real Keycloak tokens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "jixiao.outbox.relay.sweep-interval=100ms",
        // one partition: records arrive in the order sent, so tests can wait for a later one
        "jixiao.kafka.partitions=1",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN"})
@ContextConfiguration(initializers = InMemoryMongo.class)
// the topics keep every event, as in production (docs/operations.md, "Event retention"): the broker's default here,
// since the embedded broker creates the topics (tests consume them by name) before the service declares them
@EmbeddedKafka(partitions = 1, topics = {Topics.PROJECT_EVENTS, Topics.EVALUATION_EVENTS, Topics.REPORT_EVENTS},
        brokerProperties = {"log.retention.ms=-1", "log.retention.bytes=-1"})
// generous: a first request (e.g. building the OpenAPI model) can take seconds on a loaded 2-core CI machine
@AutoConfigureWebTestClient(timeout = "PT30S")
public @interface ServiceTest {
}
