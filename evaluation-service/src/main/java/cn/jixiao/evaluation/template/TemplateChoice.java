package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * The template version a district's new self-evaluations are scored with, one document per district. Drafts
 * record the version when they are opened, so changing the choice never changes an evaluation already open.
 * The {@code TemplateChosen} event is written with the choice.
 *
 * @param id       the district id
 * @param revision 1 for the first choice, one more for each change; carried by the event so readers keep the newest
 */
@Document(TemplateChoice.COLLECTION)
record TemplateChoice(@Id String id, TemplateRef chosen, long revision, Instant chosenAt, String chosenBy,
                      List<PendingEvent> outbox, @Version Long version) implements HasOutbox {

    static final String COLLECTION = "evaluation_template_choices";

    TemplateChoice {
        outbox = HasOutbox.kept(outbox);
    }

    String districtId() {
        return id;
    }

    /** The district's first choice. */
    static TemplateChoice first(String districtId, TemplateRef chosen, Instant at, String by) {
        return new TemplateChoice(districtId, null, 0, null, null, List.of(), null).changedTo(chosen, at, by);
    }

    /** This district's choice changed to another version, with the event announcing it. */
    TemplateChoice changedTo(TemplateRef newChoice, Instant at, String by) {
        long next = revision + 1;
        PendingEvent chosen = PendingEvent.of(Topics.EVALUATION_EVENTS, id, EventEnvelope.of(EvaluationEvents.TEMPLATE_CHOSEN,
                id, at, new TemplateChosen(id, newChoice.id(), newChoice.version(), next)));
        return new TemplateChoice(id, newChoice, next, at, by, HasOutbox.plus(outbox, chosen), version);
    }
}
