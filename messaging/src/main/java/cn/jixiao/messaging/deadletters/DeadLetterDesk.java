package cn.jixiao.messaging.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * The platform administrator's desk for the dead letters of every consumer of the platform: lists them, shows one,
 * and replays one, or all of a consumer's, after a fix.
 *
 * <p><b>Where it lives.</b> One service hosts the desk (project-service, beside the platform administrator's
 * onboarding, with {@code jixiao.dead-letters.desk.enabled=true}) and reads the one dead-letter topic from the
 * beginning, rather than each service offering a desk for its own consumers: every consumer of every service
 * already writes to that one topic, so one reader sees all letters in one list, newest first, whichever service
 * refused them; a replay only needs to produce to the original topic, which any service can; and the desk stays
 * up while a consuming service is down or stuck on the very record to be replayed. It takes one gateway route
 * ({@code /api/dead-letters}) instead of one per service. The price: the hosting service's database holds a copy of
 * the letters (values of other services' topics), which only the platform administrator reads.
 *
 * <p><b>What a replay does.</b> It puts the original record back where the consumer reads it: on its original topic
 * and partition, with its key and its own headers (the letter's reasons removed, {@value #REPLAY_OF} added), then
 * records who replayed it and when on the letter, in one single-document write. Every consumer group of that topic
 * reads it again, not only the one that refused it; that is safe because every consumer applies events through
 * {@code ProcessedEvents}: a consumer that applied the event drops it by its event id, and one that refused or
 * could not apply it never marked it, so it applies it now, once. Should the desk stop between the send and the
 * record of it, the letter still shows as waiting and may be replayed again, which the same memory makes harmless.
 */
public class DeadLetterDesk {

    /** The header a replayed record carries: the id of the letter it was replayed from. */
    public static final String REPLAY_OF = "jixiao-replay-of";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final DeadLetterArchive archive;
    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;

    public DeadLetterDesk(DeadLetterArchive archive, KafkaTemplate<String, String> kafka, Clock clock) {
        this.archive = archive;
        this.kafka = kafka;
        this.clock = clock;
    }

    /** A page of letters, newest first, of one consumer or (empty) of all. */
    public Mono<DeadLetterPage> list(Optional<String> consumer, int page, int size) {
        return archive.page(consumer, page, size);
    }

    /** One letter with its record's value; empty if there is none of that id. */
    public Mono<DeadLetter> show(String id) {
        return archive.find(id);
    }

    /**
     * Puts the letter's record back on its topic and records the replay; empty if there is no letter of that id,
     * an {@link AlreadyReplayed} error if it was replayed before.
     *
     * @param operator the platform administrator's user name, kept with the replay
     */
    public Mono<DeadLetter> replay(String id, String operator) {
        return archive.find(id).flatMap(letter -> letter.replayed()
                ? Mono.<DeadLetter>error(new AlreadyReplayed(letter))
                : putBack(letter, operator));
    }

    /** Replays every letter of the consumer not replayed yet, in the order the consumer had read them. */
    public Mono<List<DeadLetter>> replayAll(String consumer, String operator) {
        return archive.waitingOf(consumer).concatMap(letter -> putBack(letter, operator)).collectList();
    }

    private Mono<DeadLetter> putBack(DeadLetter letter, String operator) {
        return archive.originalHeaders(letter.id())
                .flatMap(headers -> send(letter, headers))
                .flatMap(sent -> archive.replayed(letter.id(), new DeadLetter.Replay(operator, clock.instant(),
                        sent.topic(), sent.partition(), sent.offset())))
                .doOnNext(replayed -> log.info("Dead letter {} of {} replayed by {} to {}-{}@{}", letter.id(),
                        letter.consumer(), operator, letter.originalTopic(), letter.originalPartition(),
                        replayed.replays().get(replayed.replays().size() - 1).offset()));
    }

    private Mono<org.apache.kafka.clients.producer.RecordMetadata> send(DeadLetter letter, RecordHeaders headers) {
        headers.remove(REPLAY_OF);
        headers.add(REPLAY_OF, letter.id().getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, String> record = new ProducerRecord<>(letter.originalTopic(),
                letter.originalPartition() < 0 ? null : letter.originalPartition(), letter.aggregateId(),
                letter.value(), headers);
        return Mono.fromFuture(() -> kafka.send(record).orTimeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .map(result -> result.getRecordMetadata());
    }
}
