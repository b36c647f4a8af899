package cn.jixiao.project.indicators;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;

/**
 * Listens to project-service's topic from now on and collects the events of one project and type, each once
 * (the outbox delivers at least once). Events of other tests' projects pass by.
 */
public final class ProjectEventsRecorder implements AutoCloseable {

    private final Consumer<String, String> consumer;
    private final EventCodec codec = new EventCodec();
    /** By event id: the record key (the project id) and the envelope. */
    private final Map<String, Map.Entry<String, EventEnvelope<JsonNode>>> received = new LinkedHashMap<>();

    public ProjectEventsRecorder(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "indicators-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(consumer, Topics.PROJECT_EVENTS);
    }

    /** Waits until {@code count} distinct events of this type about the project have arrived, and returns them in order. */
    public <P> List<EventEnvelope<P>> await(String projectId, EventType<P> type, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<EventEnvelope<P>> found = collected(projectId, type);
        while (found.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                EventEnvelope<JsonNode> raw = codec.read(record.value());
                received.putIfAbsent(raw.eventId().toString(), Map.entry(record.key(), raw));
            });
            found = collected(projectId, type);
        }
        return found;
    }

    private <P> List<EventEnvelope<P>> collected(String projectId, EventType<P> type) {
        return received.values().stream()
                .filter(keyed -> projectId.equals(keyed.getKey()) && keyed.getValue().is(type))
                .map(keyed -> codec.payloadAs(keyed.getValue(), type))
                .toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
