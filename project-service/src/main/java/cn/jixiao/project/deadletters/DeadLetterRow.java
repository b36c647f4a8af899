package cn.jixiao.project.deadletters;

import java.time.Instant;

import cn.jixiao.messaging.deadletters.DeadLetter;

/**
 * A dead letter as the desk's list shows it: everything but the record itself, which {@code GET
 * /api/dead-letters/{id}} shows.
 *
 * @param replayedBy {@code null} while it waits for a replay
 */
record DeadLetterRow(String id, String consumer, String originalTopic, int originalPartition, long originalOffset,
                     String eventId, String eventType, String aggregateId, String reasonCode, String reason,
                     String reasonZh, Instant refusedAt, String replayedBy, Instant replayedAt) {

    static DeadLetterRow of(DeadLetter letter) {
        DeadLetter.Replay replay = letter.replayed() ? letter.replays().get(0) : null;
        return new DeadLetterRow(letter.id(), letter.consumer(), letter.originalTopic(), letter.originalPartition(),
                letter.originalOffset(), letter.eventId(), letter.eventType(), letter.aggregateId(),
                letter.reasonCode(), letter.reason(), letter.reasonZh(), letter.refusedAt(),
                replay == null ? null : replay.by(), replay == null ? null : replay.at());
    }
}
