package cn.jixiao.devstack.backup;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Where a partition's records landed when they were published again into a fresh broker: a record keeps its order
 * but not always its offset (the old log may have started after 0, and transaction markers take offsets of their
 * own). A consumer group's committed offset means "the next record to read", so it translates to the new offset of
 * the first record at or after it, or to the new end when it had read everything.
 */
final class OffsetTranslation {

    private final NavigableMap<Long, Long> newByOld = new TreeMap<>();
    private long newEnd;

    /** Notes that the record at {@code oldOffset} is now at {@code newOffset}; call in the records' order. */
    void published(long oldOffset, long newOffset) {
        newByOld.put(oldOffset, newOffset);
        newEnd = Math.max(newEnd, newOffset + 1);
    }

    /** @param committed the next offset the group would have read in the old log */
    long translate(long committed) {
        var next = newByOld.ceilingEntry(committed);
        return next == null ? newEnd : next.getValue();
    }
}
