package cn.jixiao.project.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * A street's funded project (项目). The document also holds the events its changes produced until the
 * outbox relay has sent them, so a change and its event are stored by one atomic write.
 */
@Document(Project.COLLECTION)
@CompoundIndex(name = "street_year_code_unique", def = "{'tenantId': 1, 'year': 1, 'code': 1}", unique = true)
@CompoundIndex(name = "district_street", def = "{'districtId': 1, 'tenantId': 1}")
public record Project(
        @Id String id,
        String districtId,
        String tenantId,
        String code,
        String name,
        int year,
        String competentDepartment,
        String implementingUnit,
        String registeredBy,
        Instant registeredAt,
        @Version Long version,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "projects";

    public Project {
        outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }
}
