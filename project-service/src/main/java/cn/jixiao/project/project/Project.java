package cn.jixiao.project.project;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A street's funded project (项目). The document also holds the events its changes produced until the
 * outbox relay has sent them, so a change and its events are stored by one atomic write.
 *
 * @param code    the project code; with the street and the year it identifies the project
 * @param version optimistic lock: a save based on an older version is refused, never silently applied
 */
@Document(Project.COLLECTION)
@CompoundIndex(name = "street_year_code_unique", def = "{'tenantId': 1, 'year': 1, 'code': 1}", unique = true)
@CompoundIndex(name = "district_street_year", def = "{'districtId': 1, 'tenantId': 1, 'year': 1}")
public record Project(
        @Id String id,
        String districtId,
        String tenantId,
        String code,
        int year,
        ProjectDetails details,
        String registeredBy,
        Instant registeredAt,
        @Version Long version,
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    public static final String COLLECTION = "projects";

    public Project {
        outbox = HasOutbox.kept(outbox);
    }

    /** The same project with new details, to be saved on top of {@code basedOnVersion}, with its events. */
    Project withDetails(ProjectDetails newDetails, long basedOnVersion, List<PendingEvent> events) {
        return new Project(id, districtId, tenantId, code, year, newDetails, registeredBy, registeredAt, basedOnVersion,
                HasOutbox.plus(outbox, events));
    }
}
