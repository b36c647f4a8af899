package cn.jixiao.messaging.deadletters;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

import cn.jixiao.contracts.Topics;

/**
 * Reads the dead-letter topic from its beginning (90 days are kept) into the desk's {@link DeadLetterArchive}, in a
 * consumer group of its own. A letter not yet stored (the database away) is tried again until it is, by its own
 * container's error handler ({@link DeadLetterDeskAutoConfiguration}): a letter is never skipped, and never
 * becomes a letter of a letter.
 */
public class DeadLetterFeed {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterFeed.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final DeadLetterArchive archive;

    public DeadLetterFeed(DeadLetterArchive archive) {
        this.archive = archive;
    }

    @KafkaListener(id = "dead-letter-desk", topics = Topics.DEAD_LETTERS,
            groupId = "${jixiao.dead-letters.desk.group:${spring.application.name}-dead-letter-desk}",
            containerFactory = DeadLetterDeskAutoConfiguration.CONTAINER_FACTORY,
            properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, String> letter) {
        LetterHeaders headers = LetterHeaders.of(letter);
        archive.keep(letter, headers).block(STORE_TIMEOUT);
        log.info("Dead letter {}: {} refused {}-{}@{} ({})", DeadLetterArchive.idOf(letter.partition(), letter.offset()),
                headers.consumer(), headers.originalTopic(), headers.originalPartition(), headers.originalOffset(),
                headers.reasonCode());
    }
}
