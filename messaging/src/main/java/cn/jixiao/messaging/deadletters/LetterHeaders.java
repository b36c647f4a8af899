package cn.jixiao.messaging.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jixiao.messaging.inbox.DeadLetters;

/**
 * What a record on the dead-letter topic says about itself: the headers {@link DeadLetters} wrote (who refused it,
 * why, where it came from, when), the original record's own headers, and the event's id and type if its value is
 * an envelope at all. A letter lacking a header of ours (written by hand, or by an older version) is kept all the
 * same, with {@code "-"} where the header was missing: the desk must show every letter, not only the tidy ones.
 */
record LetterHeaders(String consumer, String reasonCode, String reason, String reasonZh, String originalTopic,
                     int originalPartition, long originalOffset, Instant refusedAt, String eventId, String eventType,
                     List<Header> originalHeaders) {

    private static final String MISSING = "-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static LetterHeaders of(ConsumerRecord<String, String> letter) {
        List<Header> original = new ArrayList<>();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DeadLetters.HEADER_PREFIX)) {
                original.add(header);
            }
        }
        JsonNode envelope = envelopeOf(letter.value());
        return new LetterHeaders(text(letter, DeadLetters.CONSUMER), text(letter, DeadLetters.REASON_CODE),
                text(letter, DeadLetters.REASON), text(letter, DeadLetters.REASON_ZH),
                text(letter, DeadLetters.ORIGINAL_TOPIC), (int) number(letter, DeadLetters.ORIGINAL_PARTITION),
                number(letter, DeadLetters.ORIGINAL_OFFSET), refusedAt(letter),
                envelope == null ? null : envelope.path("eventId").asString(null),
                envelope == null || envelope.path("type").isMissingNode() ? null
                        : envelope.path("type").asString() + " v" + envelope.path("version").asInt(),
                original);
    }

    private static String text(ConsumerRecord<String, String> letter, String name) {
        Header header = letter.headers().lastHeader(name);
        return header == null || header.value() == null ? MISSING
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long number(ConsumerRecord<String, String> letter, String name) {
        try {
            return Long.parseLong(text(letter, name));
        } catch (NumberFormatException missing) {
            return -1;
        }
    }

    /** When the consumer refused it; the letter's own timestamp if the header is missing. */
    private static Instant refusedAt(ConsumerRecord<String, String> letter) {
        try {
            return Instant.parse(text(letter, DeadLetters.REFUSED_AT));
        } catch (DateTimeParseException missing) {
            return Instant.ofEpochMilli(letter.timestamp());
        }
    }

    /** The value as an envelope's JSON object, or {@code null}: a malformed record is a letter too. */
    private static JsonNode envelopeOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
