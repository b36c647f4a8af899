package cn.jixiao.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.LoggerFactory;

import cn.jixiao.contracts.Topics;

import static org.awaitility.Awaitility.await;

/**
 * What the consumers of a service under test refused: the records on the dead-letter topic, and the lines of the
 * security log. Open it before the forged events are sent; close it after the test.
 */
public final class RefusedEvents implements AutoCloseable {

    private final KafkaConsumer<String, String> deadLetters;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();
    private final Logger securityLog = (Logger) LoggerFactory.getLogger(SecurityLog.LOGGER);
    private final ListAppender<ILoggingEvent> securityLines = new ListAppender<>();

    private RefusedEvents(String brokers) {
        deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "refused-events-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        deadLetters.subscribe(List.of(Topics.DEAD_LETTERS));
        securityLines.start();
        securityLog.addAppender(securityLines);
    }

    /** Starts watching the dead letters on these brokers and the security log. */
    public static RefusedEvents watch(String brokers) {
        return new RefusedEvents(brokers);
    }

    /** The dead letter of the event with this id, waited for. */
    public ConsumerRecord<String, String> deadLetterOf(UUID eventId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
            return find(eventId, null);
        }, Optional::isPresent).orElseThrow();
    }

    /** The dead letter of the event with this id that this consumer wrote, waited for. */
    public ConsumerRecord<String, String> deadLetterOf(UUID eventId, String consumer) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
            return find(eventId, consumer);
        }, Optional::isPresent).orElseThrow();
    }

    /** Every dead letter of the event with this id received so far. */
    public List<ConsumerRecord<String, String>> deadLettersOf(UUID eventId) {
        deadLetters.poll(Duration.ofMillis(500)).forEach(received::add);
        return received.stream().filter(record -> record.value().contains(eventId.toString())).toList();
    }

    /** The security log's lines about the event with this id. */
    public List<String> securityLinesOf(UUID eventId) {
        synchronized (securityLines) {
            return securityLines.list.stream()
                    .filter(line -> line.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.contains(eventId.toString()))
                    .toList();
        }
    }

    /** A header of a dead letter as text, e.g. {@link DeadLetters#REASON}. */
    public static String header(ConsumerRecord<String, String> deadLetter, String name) {
        Header header = deadLetter.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Optional<ConsumerRecord<String, String>> find(UUID eventId, String consumer) {
        return received.stream()
                .filter(record -> record.value().contains(eventId.toString()))
                .filter(record -> consumer == null || consumer.equals(header(record, DeadLetters.CONSUMER)))
                .findFirst();
    }

    @Override
    public void close() {
        securityLog.detachAppender(securityLines);
        deadLetters.close();
    }
}
