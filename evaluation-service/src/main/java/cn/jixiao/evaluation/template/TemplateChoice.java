package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
 * The template versions a district's new self-evaluations are scored with, one document per district: the
 * district's default ({@code chosen}) and, for the budget years the district set one, that year's own choice.
 * Drafts record the version in force for their project's year when they are opened, so changing a choice never
 * changes an evaluation already open. Documents stored before choices by year existed have no {@code years} and
 * read as a default only.
 * <p>
 * The {@code TemplateChosen} event is written with a change of the default only: its payload has no year (the
 * contract is pinned and nothing consumes it), so a year's choice announced by it would read as a new default.
 *
 * @param id       the district id
 * @param chosen   the default: the version of every year without its own choice; {@code null} while the district
 *                 has chosen only for years (the national default applies then)
 * @param revision 1 for the first choice, one more for each change (default or year); the event carries it so
 *                 readers keep the newest
 * @param years    the years' own choices, by year
 */
@Document(TemplateChoice.COLLECTION)
record TemplateChoice(@Id String id, TemplateRef chosen, long revision, Instant chosenAt, String chosenBy,
                      List<YearChoice> years, List<PendingEvent> outbox, @Version Long version) implements HasOutbox {

    static final String COLLECTION = "evaluation_template_choices";

    TemplateChoice {
        years = years == null ? List.of() : List.copyOf(years);
        outbox = HasOutbox.kept(outbox);
    }

    /** No choice at all yet: the national default applies to every year. */
    static TemplateChoice none(String districtId) {
        return new TemplateChoice(districtId, null, 0, null, null, List.of(), List.of(), null);
    }

    /** The year's own choice, if the district set one. */
    Optional<YearChoice> ofYear(int year) {
        return years.stream().filter(choice -> choice.year() == year).findFirst();
    }

    /** The version in force for a year: the year's own choice, else the default ({@code null} if none). */
    TemplateRef inForce(int year) {
        return ofYear(year).map(YearChoice::chosen).orElse(chosen);
    }

    /** Whether the template is the default or any year's choice. */
    boolean uses(String templateId) {
        return (chosen != null && chosen.id().equals(templateId))
                || years.stream().anyMatch(choice -> choice.chosen().id().equals(templateId));
    }

    /** The year's choice set (or replaced); the default and the other years stay as they are. */
    TemplateChoice changedFor(int year, TemplateRef newChoice, Instant at, String by) {
        List<YearChoice> changed = Stream.concat(years.stream().filter(choice -> choice.year() != year),
                        Stream.of(new YearChoice(year, newChoice, at, by)))
                .sorted(Comparator.comparingInt(YearChoice::year))
                .toList();
        return new TemplateChoice(id, chosen, revision + 1, chosenAt, chosenBy, changed, outbox, version);
    }

    String districtId() {
        return id;
    }

    /** The district's first choice. */
    static TemplateChoice first(String districtId, TemplateRef chosen, Instant at, String by) {
        return none(districtId).changedTo(chosen, at, by);
    }

    /** This district's default changed to another version, with the event announcing it. */
    TemplateChoice changedTo(TemplateRef newChoice, Instant at, String by) {
        long next = revision + 1;
        PendingEvent chosen = PendingEvent.of(Topics.EVALUATION_EVENTS, id, EventEnvelope.of(EvaluationEvents.TEMPLATE_CHOSEN,
                id, at, new TemplateChosen(id, newChoice.id(), newChoice.version(), next)));
        return new TemplateChoice(id, newChoice, next, at, by, years, HasOutbox.plus(outbox, chosen), version);
    }
}
