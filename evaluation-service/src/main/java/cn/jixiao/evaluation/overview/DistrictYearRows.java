package cn.jixiao.evaluation.overview;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jixiao.tenancy.TenantAccess;

/**
 * The latest round of every project of one district and year, by project. Writes and reads may come from any
 * thread: a row is replaced whole, and only by the same project's later state ({@link BoardRow#supersedes}), so a
 * late-arriving older write (or the initial load reading a document before a save changed it) never undoes a
 * newer one. Plain Java.
 */
final class DistrictYearRows {

    private final String districtId;
    private final Map<String, BoardRow> byProject = new ConcurrentHashMap<>();

    DistrictYearRows(String districtId) {
        this.districtId = districtId;
    }

    /** Holds the row unless the project's held row is later. */
    void apply(BoardRow row) {
        byProject.merge(row.projectId(), row, (held, offered) -> offered.supersedes(held) ? offered : held);
    }

    /** Forgets the project if it is held in the given round or an earlier one (it moved to another year). */
    void forget(BoardRow moved) {
        byProject.computeIfPresent(moved.projectId(), (id, held) -> moved.supersedes(held) ? null : held);
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
        Collection<BoardRow> held = byProject.values();
        List<ShownRow> visible = held.stream().filter(row -> access.canRead(districtId, row.streetId()))
                .map(row -> ShownRow.of(row, monitoringMonth)).toList();
        List<ShownRow> matching = visible.stream().filter(shown -> filter.matches(shown.row(), shown.light()))
                .sorted(sort.comparator()).toList();
        long from = Math.min((long) page * size, matching.size());
        List<OverviewRow> rows = matching.subList((int) from, (int) Math.min(from + size, matching.size())).stream()
                .map(ShownRow::shown).toList();
        return new OverviewPage(rows, matching.size(), OverviewSummary.of(visible));
    }

    /** The summary of all the rows the caller may see ({@link TenantAccess#canRead}), the same as a page's. */
    OverviewSummary summary(TenantAccess access, Integer monitoringMonth) {
        return OverviewSummary.of(byProject.values().stream().filter(row -> access.canRead(districtId, row.streetId()))
                .map(row -> ShownRow.of(row, monitoringMonth)).toList());
    }

    /** A page of rows, how many rows matched the filter, and the summary of everything visible. */
    record OverviewPage(List<OverviewRow> rows, long total, OverviewSummary summary) {
    }
}
