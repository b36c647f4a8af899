package cn.jixiao.messaging.replay;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands, as the operator polls it.
 *
 * @param state          {@code IDLE} before the first, then {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param readModel      the read model's name
 * @param requestedBy    who asked for it
 * @param startedAt      when it started, {@code null} while idle
 * @param finishedAt     when it finished, {@code null} until then
 * @param topics         each topic's records read of those it held when the rebuild started
 * @param failedRecords  records the feed could not apply even after retries (logged with topic, partition and
 *                       offset), as the live listener would have skipped them
 * @param failure        why the rebuild failed, {@code null} unless it did
 */
public record RebuildProgress(State state, String readModel, String requestedBy, Instant startedAt,
                              Instant finishedAt, List<TopicProgress> topics, long failedRecords, String failure) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * @param read  records of the topic replayed so far
     * @param total records the topic held when the rebuild started: the rebuild stops there, later ones are the
     *              live listener's
     */
    public record TopicProgress(String topic, long read, long total) {
    }

    public RebuildProgress {
        topics = List.copyOf(topics);
    }

    static RebuildProgress idle(String readModel) {
        return new RebuildProgress(State.IDLE, readModel, null, null, null, List.of(), 0, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    RebuildProgress reading(List<TopicProgress> now, long failed) {
        return new RebuildProgress(state, readModel, requestedBy, startedAt, finishedAt, now, failed, failure);
    }

    RebuildProgress done(Instant at) {
        return new RebuildProgress(State.DONE, readModel, requestedBy, startedAt, at, topics, failedRecords, null);
    }

    RebuildProgress failed(Instant at, String why) {
        return new RebuildProgress(State.FAILED, readModel, requestedBy, startedAt, at, topics, failedRecords, why);
    }
}
