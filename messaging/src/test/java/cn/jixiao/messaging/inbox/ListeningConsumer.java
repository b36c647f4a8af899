package cn.jixiao.messaging.inbox;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A consumer as a service runs it: its dispatcher in a real listener container, in a consumer group of its own,
 * with the error handler every service gets ({@link DeadLetterHandling}), here with short backoffs. Counts how
 * often each offset was delivered.
 */
public final class ListeningConsumer implements AutoCloseable {

    private final KafkaMessageListenerContainer<String, String> container;
    private final Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    private ListeningConsumer(EmbeddedKafkaBroker broker, String topic, EventDispatcher dispatcher,
                              DeadLetters deadLetters, int attempts) {
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setGroupId(dispatcher.consumer() + "-" + UUID.randomUUID());
        properties.setMessageListener((MessageListener<String, String>) record -> {
            deliveries.computeIfAbsent(record.offset(), offset -> new AtomicInteger()).incrementAndGet();
            dispatcher.dispatch(record);
        });
        container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)), properties);
        container.setCommonErrorHandler(DeadLetterHandling.errorHandler(deadLetters, new DeadLetterHandling.RetryPolicy(
                attempts, Duration.ofMillis(20), 2, Duration.ofMillis(100))));
        container.start();
    }

    /** Starts the dispatcher's consumer on the topic, reading it from the beginning. */
    public static ListeningConsumer start(EmbeddedKafkaBroker broker, String topic, EventDispatcher dispatcher,
                                          DeadLetters deadLetters, int attempts) {
        return new ListeningConsumer(broker, topic, dispatcher, deadLetters, attempts);
    }

    /** How often the record at this offset was delivered so far. */
    public int deliveriesOf(long offset) {
        AtomicInteger count = deliveries.get(offset);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        container.stop();
    }
}
