package cn.jixiao.project.project;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The project list as this instance answers it: one compact row per project (what the list shows, without the
 * outbox), held in memory by street and by district, so a page is a scan of the caller's own rows instead of a
 * query the store answers by reading every project (the MongoDB-protocol server of the local stack scans the
 * whole collection for any filter but the id).
 *
 * <p>Kept current three ways: it is loaded from the store once at start ({@link ProjectChangesFeed} asks for it
 * once it listens to the project events, so no change falls between the two); this instance's own writes are
 * kept as soon as the store has them ({@link Projects}); another instance's writes arrive as the events it
 * publishes, on which the feed re-reads that one project. Every row carries the project's version and a row is
 * only ever replaced by a later one, so the three may arrive in any order and more than once.
 *
 * <p>Until the load has finished, {@link ProjectListing} answers from the store as before.
 */
@Component
public class ProjectListReadModel {

    private final ReactiveMongoTemplate mongo;
    private final ConcurrentHashMap<String, ListRows> streets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ListRows> districts = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public ProjectListReadModel(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Has the load from the store finished? Until then the list is answered from the store. */
    public boolean loaded() {
        return loaded;
    }

    /** How many projects the model holds, over every district. */
    public int size() {
        return districts.values().stream().mapToInt(ListRows::size).sum();
    }

    /**
     * Reads every project's row from the store, of every tenant: the rows are filtered by caller when a page is
     * asked for. Safe to run again (a row never replaces a later one).
     */
    public Mono<Void> loadAllUnchecked() {
        return mongo.find(withoutOutbox(new Query()), Project.class)
                .doOnNext(this::keep)
                .then(Mono.fromRunnable(() -> loaded = true));
    }

    /** Re-reads one project, of whatever tenant, after an event said it changed. */
    public Mono<Void> refreshUnchecked(String projectId) {
        return mongo.findOne(withoutOutbox(Query.query(Criteria.where("_id").is(projectId))), Project.class)
                .doOnNext(this::keep)
                .then();
    }

    /** Keeps the project's row, unless a later version of it is held already. */
    void keep(Project project) {
        ProjectView row = asStored(ProjectView.of(project));
        streets.computeIfAbsent(streetKey(row.districtId(), row.streetId()), key -> new ListRows()).keep(row);
        districts.computeIfAbsent(row.districtId(), key -> new ListRows()).keep(row);
    }

    /** One page of what the caller may see, filtered, in list order, with how many match in all. */
    ProjectPage page(TenantAccess caller, ProjectFilter filter, int page, int size) {
        Predicate<ProjectView> wanted = filter.rows();
        long skip = (long) page * size;
        List<ProjectView> items = new ArrayList<>(Math.min(size, 64));
        long total = 0;
        for (ProjectView row : scope(caller, filter).inListOrder()) {
            // the tenant rule itself, whatever scope was picked: a street sees only its own rows
            if (caller.canRead(row.districtId(), row.streetId()) && wanted.test(row)) {
                if (total >= skip && items.size() < size) {
                    items.add(row);
                }
                total++;
            }
        }
        return new ProjectPage(items, page, size, total);
    }

    /** The smallest set of rows that holds all the caller may see under the filter: one street or one district. */
    private ListRows scope(TenantAccess caller, ProjectFilter filter) {
        if (caller.districtId() == null) {
            return new ListRows();
        }
        String street = caller.isStreetUser() ? caller.streetId()
                : filter.streetId() == null || filter.streetId().isBlank() ? null : filter.streetId();
        ListRows rows = street == null ? districts.get(caller.districtId())
                : streets.get(streetKey(caller.districtId(), street));
        return rows == null ? new ListRows() : rows;
    }

    /**
     * The row as the store gives it back: a write's own copy carries the clock's nanoseconds, the store keeps
     * milliseconds, and the list must not show one instant on this instance and another after a reload.
     */
    private static ProjectView asStored(ProjectView row) {
        Instant registeredAt = row.registeredAt() == null ? null : row.registeredAt().truncatedTo(ChronoUnit.MILLIS);
        return new ProjectView(row.id(), row.districtId(), row.streetId(), row.code(), row.year(), row.name(),
                row.details(), row.registeredBy(), registeredAt, row.version());
    }

    private static String streetKey(String districtId, String streetId) {
        return districtId + '\u0000' + streetId;
    }

    private static Query withoutOutbox(Query query) {
        query.fields().exclude(PendingEvent.FIELD);
        return query;
    }
}
