package cn.jixiao.project.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The list rows of one scope (one street, or all the streets of one district), in the list's order. The order is
 * worked out on the first read after a change and kept until the next change, so a street's list of thousands of
 * projects is sorted once per change, not once per request.
 */
final class ListRows {

    private final ConcurrentHashMap<String, ProjectView> byId = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private volatile Ordered ordered = new Ordered(0, List.of());

    /** The rows in list order as of change number {@code change}. */
    private record Ordered(long change, List<ProjectView> rows) {
    }

    /**
     * Keeps the row unless the row held for the project is of the same or a later version: a late or repeated
     * event never puts an older state back. True if the row was kept.
     */
    boolean keep(ProjectView row) {
        boolean[] kept = {false};
        byId.compute(row.id(), (id, held) -> {
            if (held != null && version(held) >= version(row)) {
                return held;
            }
            kept[0] = true;
            return row;
        });
        if (kept[0]) {
            // after the put: a reader that sees this change number also sees the row
            changes.incrementAndGet();
        }
        return kept[0];
    }

    /** The rows in list order, as of the latest change this reader can see. */
    List<ProjectView> inListOrder() {
        long change = changes.get();
        Ordered current = ordered;
        if (current.change() == change) {
            return current.rows();
        }
        List<ProjectView> rows = new ArrayList<>(byId.values());
        rows.sort(ListOrder.OF_ROWS);
        List<ProjectView> frozen = Collections.unmodifiableList(rows);
        // two readers racing may store an older order last; the next reader then sorts again, nothing worse
        ordered = new Ordered(change, frozen);
        return frozen;
    }

    int size() {
        return byId.size();
    }

    private static long version(ProjectView row) {
        return row.version() == null ? -1 : row.version();
    }
}
