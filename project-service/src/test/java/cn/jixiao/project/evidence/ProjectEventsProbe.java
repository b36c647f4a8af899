package cn.jixiao.project.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/** Listens to project-service's topic from now on, as a consumer service would. */
final class ProjectEventsProbe implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final Consumer<String, String> consumer;

    ProjectEventsProbe(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "evidence-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(consumer, Topics.PROJECT_EVENTS);
    }

    /** The one event of this type about the project; other events and other tests' projects pass by. */
    <P> EventEnvelope<P> the(EventType<P> type, String projectId) {
        List<EventEnvelope<P>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                EventEnvelope<JsonNode> raw = codec.read(record.value());
                if (projectId.equals(record.key()) && raw.is(type)) {
                    found.add(codec.payloadAs(raw, type));
                }
            }
        }
        assertThat(found).as("%s about project %s", type.name(), projectId).hasSize(1);
        return found.get(0);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
