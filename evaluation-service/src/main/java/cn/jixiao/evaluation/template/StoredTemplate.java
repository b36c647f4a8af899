package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * One published template version, stored once and never changed: an evaluation scored with it must keep its
 * score. Only inserted, never saved over, so two overseers publishing the same next version at once cannot
 * both succeed (the unique index refuses the second). The {@code TemplatePublished} event waits in the
 * document's outbox, written with the version itself.
 *
 * @param id              {@code templateId@vN}
 * @param ownerDistrictId copied from the template for the district filter, {@code null} for platform templates
 * @param publishedBy     who published it ({@code platform} for the shipped templates)
 */
@Document(StoredTemplate.COLLECTION)
@CompoundIndex(name = "template_version_unique", def = "{'templateId': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "owner", def = "{'ownerDistrictId': 1}")
record StoredTemplate(@Id String id, String templateId, int version, String ownerDistrictId,
                      EvaluationTemplate template, Instant publishedAt, String publishedBy,
                      List<PendingEvent> outbox) implements HasOutbox {

    static final String COLLECTION = "evaluation_templates";

    StoredTemplate {
        outbox = HasOutbox.kept(outbox);
    }

    /** A new version to insert, with its {@code TemplatePublished} event keyed by the template id. */
    static StoredTemplate publish(EvaluationTemplate template, Instant at, String publishedBy) {
        String tenant = template.ownerDistrictId() == null ? "platform" : template.ownerDistrictId();
        PendingEvent published = PendingEvent.of(Topics.EVALUATION_EVENTS, template.id(),
                EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, tenant, at, template.toPublishedEvent()));
        return new StoredTemplate(idOf(template.ref()), template.id(), template.version(), template.ownerDistrictId(),
                template, at, publishedBy, List.of(published));
    }

    static String idOf(TemplateRef ref) {
        return ref.id() + "@v" + ref.version();
    }
}
