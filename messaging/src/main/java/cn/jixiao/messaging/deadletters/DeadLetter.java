package cn.jixiao.messaging.deadletters;

import java.time.Instant;
import java.util.List;

/**
 * A record some consumer refused or could not apply, as the desk keeps it: where it came from, what it is, why it
 * was refused, and whether it was replayed, by whom and when.
 *
 * @param id                the letter's own place on the dead-letter topic, {@code <partition>-<offset>}
 * @param consumer          the consumer that refused it ({@code EventDispatcher.forConsumer}'s name)
 * @param originalTopic     where the consumer read it, and where a replay puts it back
 * @param originalPartition its partition there
 * @param originalOffset    its offset there
 * @param eventId           the envelope's event id, {@code null} when the record is not a readable envelope
 * @param eventType         the envelope's type and version, e.g. {@code BudgetChanged v1}; {@code null} likewise
 * @param aggregateId       the record's key: the id of the project (or other aggregate) it is about
 * @param reasonCode        stable, e.g. {@code malformed}, {@code apply-failed}, {@code aggregate-of-another-tenant}
 * @param reason            in English
 * @param reasonZh          in Chinese
 * @param refusedAt         when the consumer refused it
 * @param value             the record's value as it arrived
 * @param headers           the record's own headers as it arrived, as text (the letter's reasons are above)
 * @param replays           every replay of it, oldest first; empty while it waits for one
 */
public record DeadLetter(String id, String consumer, String originalTopic, int originalPartition, long originalOffset,
                         String eventId, String eventType, String aggregateId, String reasonCode, String reason,
                         String reasonZh, Instant refusedAt, String value, List<Header> headers,
                         List<Replay> replays) {

    public DeadLetter {
        headers = List.copyOf(headers);
        replays = List.copyOf(replays);
    }

    public boolean replayed() {
        return !replays.isEmpty();
    }

    /** One header of the original record, its value read as UTF-8. */
    public record Header(String name, String value) {
    }

    /**
     * Who put the record back on its topic, when, and where it landed there.
     *
     * @param by        the platform administrator's user name
     * @param offset    the replayed record's offset on {@code topic}, partition {@code partition}
     */
    public record Replay(String by, Instant at, String topic, int partition, long offset) {
    }
}
