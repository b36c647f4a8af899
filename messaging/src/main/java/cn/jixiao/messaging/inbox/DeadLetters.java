package cn.jixiao.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.contracts.Topics;

/**
 * Puts a refused record on {@link Topics#DEAD_LETTERS}: its key, value and headers as they arrived, and headers
 * saying who refused it, why, where it came from and when. Header values are UTF-8 text, readable with any Kafka
 * tool.
 */
public class DeadLetters {

    public static final String CONSUMER = "jixiao-dlt-consumer";
    public static final String REASON_CODE = "jixiao-dlt-reason-code";
    public static final String REASON = "jixiao-dlt-reason";
    public static final String REASON_ZH = "jixiao-dlt-reason-zh";
    public static final String ORIGINAL_TOPIC = "jixiao-dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "jixiao-dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "jixiao-dlt-original-offset";
    public static final String REFUSED_AT = "jixiao-dlt-refused-at";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;

    public DeadLetters(KafkaTemplate<String, String> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    /**
     * Completes once the broker has the dead letter, so the refused record's offset is committed only then; a
     * failed send fails the record, which the listener retries.
     */
    public Mono<Void> send(ConsumerRecord<String, String> refused, String consumer, Refusal refusal) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(Topics.DEAD_LETTERS, refused.key(), refused.value());
        for (Header header : refused.headers()) {
            letter.headers().add(header);
        }
        add(letter, CONSUMER, consumer);
        add(letter, REASON_CODE, refusal.code());
        add(letter, REASON, refusal.reason());
        add(letter, REASON_ZH, refusal.reasonZh());
        add(letter, ORIGINAL_TOPIC, refused.topic());
        add(letter, ORIGINAL_PARTITION, String.valueOf(refused.partition()));
        add(letter, ORIGINAL_OFFSET, String.valueOf(refused.offset()));
        add(letter, REFUSED_AT, clock.instant().toString());
        return Mono.fromFuture(() -> kafka.send(letter).orTimeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .then();
    }

    private static void add(ProducerRecord<String, String> letter, String name, String value) {
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
