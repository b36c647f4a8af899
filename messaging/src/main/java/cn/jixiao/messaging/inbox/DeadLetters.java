package cn.jixiao.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.contracts.Topics;

/**
 * Puts a record a consumer refused or could not apply on {@link Topics#DEAD_LETTERS}: its key, value and headers as
 * they arrived, and headers saying who refused it, why, where it came from and when. Header values are UTF-8 text,
 * readable with any Kafka tool. The one way a dead letter is written: the tenant check's refusals
 * ({@link EventDispatcher}) and the records the listener's error handler gives up on ({@link DeadLetterHandling})
 * both come here.
 *
 * <p>Each letter sent counts in {@value #METRIC} (tags {@code consumer} and {@code reason}, the reason's code)
 * when the service has a meter registry.
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
    /** The prefix of every header above: a replay removes them before the record goes back to its topic. */
    public static final String HEADER_PREFIX = "jixiao-dlt-";

    /** The counter of dead letters sent, by consumer and reason code. */
    public static final String METRIC = "jixiao.dead.letters";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;
    private final Optional<MeterRegistry> meters;

    public DeadLetters(KafkaTemplate<String, String> kafka, Clock clock) {
        this(kafka, clock, Optional.empty());
    }

    public DeadLetters(KafkaTemplate<String, String> kafka, Clock clock, Optional<MeterRegistry> meters) {
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Completes once the broker has the dead letter, so the refused record's offset is committed only then; a
     * failed send fails the record, which the listener retries.
     */
    public Mono<Void> send(ConsumerRecord<String, String> refused, String consumer, Refusal refusal) {
        return send(refused, consumer, refusal.asReason());
    }

    /** The same for any reason, a refusal or a record the consumer could not apply. */
    public Mono<Void> send(ConsumerRecord<String, String> refused, String consumer, DeadLetterReason reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(Topics.DEAD_LETTERS, refused.key(), refused.value());
        for (Header header : refused.headers()) {
            // a record refused again after a replay keeps its replay mark, not its first letter's reasons
            if (!header.key().startsWith(HEADER_PREFIX)) {
                letter.headers().add(header);
            }
        }
        add(letter, CONSUMER, consumer);
        add(letter, REASON_CODE, reason.code());
        add(letter, REASON, reason.reason());
        add(letter, REASON_ZH, reason.reasonZh());
        add(letter, ORIGINAL_TOPIC, refused.topic());
        add(letter, ORIGINAL_PARTITION, String.valueOf(refused.partition()));
        add(letter, ORIGINAL_OFFSET, String.valueOf(refused.offset()));
        add(letter, REFUSED_AT, clock.instant().toString());
        return Mono.fromFuture(() -> kafka.send(letter).orTimeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .doOnSuccess(sent -> counted(consumer, reason.code()))
                .then();
    }

    private void counted(String consumer, String code) {
        meters.ifPresent(registry -> Counter.builder(METRIC)
                .description("Records a consumer refused or could not apply, sent to " + Topics.DEAD_LETTERS)
                .tag("consumer", consumer)
                .tag("reason", code)
                .register(registry)
                .increment());
    }

    private static void add(ProducerRecord<String, String> letter, String name, String value) {
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
