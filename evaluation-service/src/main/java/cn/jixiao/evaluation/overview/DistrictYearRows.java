package cn.jixiao.evaluation.overview;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The latest round of every project of one district and year, by project. Writes and reads may come from any
 * thread: a row is replaced whole, and only by the same project's later state ({@link BoardRow#supersedes}), so a
 * late-arriving older write (or the initial load reading a document before a save changed it) never undoes a
 * newer one. Plain Java.
 *
 * <p><b>Views kept until the next write.</b> Ten overseers paging a district of 6,000 rows would otherwise filter,
 * light, sort and total all 6,000 rows on every request (tens of milliseconds of CPU each, most of a 100 ms budget
 * on a busy machine), although the rows change only when an evaluation is written. So what a request computes from
 * the rows (the caller's visible rows with their lights, their summary, and the matching rows in the requested
 * order) is kept, keyed by what it depends on, and used for as long as no row has changed since: every change
 * counts up {@link #changes} after it is made, and a view computed while a change was under way carries the count
 * from before, so it is computed again on the next request, never served stale.
 */
final class DistrictYearRows {

    private final String districtId;
    private final Map<String, BoardRow> byProject = new ConcurrentHashMap<>();
    /** Counts the changes of {@link #byProject}, each after it is made. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<VisibleKey, Kept<Visible>> visibleKept = new ConcurrentHashMap<>();
    private final Map<MatchingKey, Kept<List<ShownRow>>> matchingKept = new ConcurrentHashMap<>();

    DistrictYearRows(String districtId) {
        this.districtId = districtId;
    }

    /** Holds the row unless the project's held row is later. */
    void apply(BoardRow row) {
        byProject.merge(row.projectId(), row, (held, offered) -> offered.supersedes(held) ? offered : held);
        changes.incrementAndGet();
    }

    /** Forgets the project if it is held in the given round or an earlier one (it moved to another year). */
    void forget(BoardRow moved) {
        if (byProject.computeIfPresent(moved.projectId(), (id, held) -> moved.supersedes(held) ? null : held) == null) {
            changes.incrementAndGet();
        }
    }

    int size() {
        return byProject.size();
    }

    /**
     * One page of the rows the caller may see that match the filter, in the requested order, with the summary of
     * all the rows the caller may see. The scope is {@link TenantAccess#canRead}, the platform's one rule (the same as
     * {@code TenantCriteria.visibleTo}): a street's users see their street, the district's overseers and auditors the
     * district, anyone else nothing.
     */
    OverviewPage page(TenantAccess access, OverviewFilter filter, OverviewSort sort, int page, int size,
                      Integer monitoringMonth) {
        long now = changes.get();
        Visible visible = visible(access, monitoringMonth, now);
        MatchingKey key = new MatchingKey(visible.key(), filter, sort);
        List<ShownRow> matching = kept(matchingKept, key, now, () -> visible.rows().stream()
                .filter(shown -> filter.matches(shown.row(), shown.light())).sorted(sort.comparator()).toList());
        long from = Math.min((long) page * size, matching.size());
        List<OverviewRow> rows = matching.subList((int) from, (int) Math.min(from + size, matching.size())).stream()
                .map(ShownRow::shown).toList();
        return new OverviewPage(rows, matching.size(), visible.summary());
    }

    /** The summary of all the rows the caller may see ({@link TenantAccess#canRead}), the same as a page's. */
    OverviewSummary summary(TenantAccess access, Integer monitoringMonth) {
        return visible(access, monitoringMonth, changes.get()).summary();
    }

    /** The rows the caller may see, with their lights as of the month, and their summary. */
    private Visible visible(TenantAccess access, Integer monitoringMonth, long now) {
        VisibleKey key = new VisibleKey(Scope.of(access), monitoringMonth);
        return kept(visibleKept, key, now, () -> {
            List<ShownRow> rows = byProject.values().stream().filter(row -> access.canRead(districtId, row.streetId()))
                    .map(row -> ShownRow.of(row, monitoringMonth)).toList();
            return new Visible(key, rows, OverviewSummary.of(rows));
        });
    }

    /**
     * The kept view if no row has changed since it was computed, else a new one, kept. The number of views is
     * bounded: a district's callers ask few distinct questions, but a text search can make many; past the bound
     * the kept views are dropped and computed again as asked.
     */
    private static <K, V> V kept(Map<K, Kept<V>> views, K key, long now, Supplier<V> compute) {
        Kept<V> held = views.get(key);
        if (held != null && held.changes() == now) {
            return held.view();
        }
        V computed = compute.get();
        if (views.size() >= MAX_KEPT_VIEWS) {
            views.clear();
        }
        views.put(key, new Kept<>(now, computed));
        return computed;
    }

    private static final int MAX_KEPT_VIEWS = 256;

    /**
     * What {@link TenantAccess#canRead} decides a row's visibility by, so that two callers with the same scope share
     * the same visible rows: their district, their street (for a street's users) and whether they oversee.
     */
    private record Scope(String districtId, String streetId, boolean oversees) {
        static Scope of(TenantAccess access) {
            return new Scope(access.districtId(), access.streetId(),
                    access.has(Role.DISTRICT_OVERSEER) || access.has(Role.AUDITOR));
        }
    }

    private record VisibleKey(Scope scope, Integer monitoringMonth) {
    }

    private record MatchingKey(VisibleKey visible, OverviewFilter filter, OverviewSort sort) {
    }

    private record Visible(VisibleKey key, List<ShownRow> rows, OverviewSummary summary) {
    }

    /** A computed view and the count of changes it was computed at. */
    private record Kept<V>(long changes, V view) {
    }

    /** A page of rows, how many rows matched the filter, and the summary of everything visible. */
    record OverviewPage(List<OverviewRow> rows, long total, OverviewSummary summary) {
    }
}
