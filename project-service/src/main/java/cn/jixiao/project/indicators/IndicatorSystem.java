package cn.jixiao.project.indicators;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.templates.EvaluationTemplate;

/**
 * A project's performance indicators (三级指标) and their actual values: one document per project, so that a
 * change and the events it produces are stored by one atomic write.
 *
 * @param projectId  also the document id
 * @param districtId copied from the project, for tenant filtering
 * @param tenantId   the street, copied from the project
 * @param template   the evaluation template the weights were last checked against
 * @param indicators in the form's order: by 一级 and 二级 指标, then as the street listed them
 * @param revision   increases with every change, definition or actual; published with each event
 * @param version    optimistic lock: a save based on an older version is refused with 409
 */
@Document(IndicatorSystem.COLLECTION)
public record IndicatorSystem(
        @Id String projectId,
        String districtId,
        String tenantId,
        EvaluationTemplate template,
        List<Indicator> indicators,
        long revision,
        @Version Long version,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "indicator_systems";

    public IndicatorSystem {
        indicators = List.copyOf(indicators);
        outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** The next state, to be saved on top of {@code basedOnVersion} together with its events. */
    IndicatorSystem next(EvaluationTemplate newTemplate, List<Indicator> newIndicators, Long basedOnVersion,
                         List<PendingEvent> events) {
        List<PendingEvent> pending = new ArrayList<>(outbox);
        pending.addAll(events);
        return new IndicatorSystem(projectId, districtId, tenantId, newTemplate, newIndicators, revision + 1,
                basedOnVersion, pending);
    }

    /** No indicators yet: the state a project's first definition starts from. */
    static IndicatorSystem none(String projectId, String districtId, String tenantId) {
        return new IndicatorSystem(projectId, districtId, tenantId, null, List.of(), 0, null, List.of());
    }

    boolean isStored() {
        return version != null;
    }
}
