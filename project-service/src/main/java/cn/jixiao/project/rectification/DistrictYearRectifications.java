package cn.jixiao.project.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * A district's 整改 items of one year, one document keyed by district and year: every list (the district's, a
 * street's, a project's, the counts) and the carried-over items of last year are reads by {@code _id}, never scans,
 * and opening an item is one versioned write that also checks the finding is not there yet. A district has a few
 * hundred projects a year and a few items each, far below a document's limit.
 *
 * @param id    the district and the year, {@link #idOf}
 * @param items oldest first
 */
@Document(DistrictYearRectifications.COLLECTION)
record DistrictYearRectifications(@Id String id, String districtId, int year, List<Rectification> items,
                                  @Version Long version, List<PendingEvent> outbox) implements HasOutbox {

    static final String COLLECTION = "rectifications";

    DistrictYearRectifications {
        items = items == null ? List.of() : List.copyOf(items);
        outbox = HasOutbox.kept(outbox);
    }

    static String idOf(String districtId, int year) {
        return districtId + "|" + year;
    }

    static DistrictYearRectifications none(String districtId, int year) {
        return new DistrictYearRectifications(idOf(districtId, year), districtId, year, List.of(), null, List.of());
    }

    Optional<Rectification> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** Whether an item already names this finding of the project: an automatic opening then changes nothing. */
    boolean holds(String projectId, Finding finding) {
        return holding(projectId, finding).isPresent();
    }

    /** The item that names this finding of the project, if one was opened. */
    Optional<Rectification> holding(String projectId, Finding finding) {
        String key = Rectification.sourceKey(projectId, finding);
        return items.stream().filter(item -> Rectification.sourceKey(item.projectId(), item.finding()).equals(key))
                .findFirst();
    }

    List<Rectification> ofProject(String projectId) {
        return items.stream().filter(item -> item.projectId().equals(projectId)).toList();
    }

    DistrictYearRectifications plus(Rectification opened, List<PendingEvent> events) {
        List<Rectification> all = new ArrayList<>(items);
        all.add(opened);
        return new DistrictYearRectifications(id, districtId, year, all, version, HasOutbox.plus(outbox, events));
    }

    DistrictYearRectifications replacing(Rectification changed, List<PendingEvent> events) {
        List<Rectification> all = items.stream().map(item -> item.id().equals(changed.id()) ? changed : item).toList();
        return new DistrictYearRectifications(id, districtId, year, all, version, HasOutbox.plus(outbox, events));
    }
}
