package cn.jixiao.evaluation.template;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;
import cn.jixiao.messaging.outbox.PendingEvent;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateChoiceTest {

    private static final Instant AT = Instant.parse("2024-01-11T03:00:00Z");

    @Test
    void eachChoiceCountsUpItsRevisionAndCarriesItsEventKeyedByTheDistrict() {
        TemplateChoice first = TemplateChoice.first("panlong", ShippedTemplates.national().ref(), AT, "overseer");
        TemplateChoice second = first.changedTo(new TemplateRef("panlong-copy", 2), AT.plusSeconds(60), "overseer");

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.chosen()).isEqualTo(new TemplateRef("panlong-copy", 2));
        assertThat(second.outbox()).hasSize(2).allSatisfy(event -> {
            assertThat(event.topic()).isEqualTo(Topics.EVALUATION_EVENTS);
            assertThat(event.key()).isEqualTo("panlong");
        });
        PendingEvent latest = second.outbox().get(1);
        EventCodec codec = new EventCodec();
        assertThat(codec.payloadAs(codec.read(latest.json()), EvaluationEvents.TEMPLATE_CHOSEN).payload())
                .isEqualTo(new TemplateChosen("panlong", "panlong-copy", 2, 2));
    }

    @Test
    void aYearsChoiceLeavesTheDefaultAndTheOtherYearsAndAnnouncesNoNewDefault() {
        TemplateChoice byDefault = TemplateChoice.first("panlong", ShippedTemplates.national().ref(), AT, "overseer");
        TemplateRef copy = new TemplateRef("panlong-copy", 2);

        TemplateChoice withYears = byDefault.changedFor(2024, copy, AT, "overseer")
                .changedFor(2023, ShippedTemplates.performanceNinety().ref(), AT, "overseer")
                .changedFor(2024, ShippedTemplates.excellentFromEighty().ref(), AT, "overseer");

        assertThat(withYears.chosen()).isEqualTo(ShippedTemplates.national().ref());
        assertThat(withYears.years()).extracting(YearChoice::year).containsExactly(2023, 2024);
        assertThat(withYears.inForce(2024)).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(withYears.inForce(2025)).isEqualTo(ShippedTemplates.national().ref());
        assertThat(withYears.revision()).isEqualTo(4);
        assertThat(withYears.outbox()).as("TemplateChosen has no year: it announces defaults only").hasSize(1);
        assertThat(withYears.uses(ShippedTemplates.PERFORMANCE_NINETY_ID)).isTrue();
        assertThat(withYears.uses("panlong-copy")).as("replaced for 2024").isFalse();
    }

    @Test
    void aStoredVersionCarriesItsTemplatePublishedEventKeyedByTheTemplate() {
        EvaluationTemplate copy = ShippedTemplates.national().copyForDistrict("panlong", "盘龙区模板");

        StoredTemplate stored = StoredTemplate.publish(copy, AT, "overseer");

        assertThat(stored.id()).isEqualTo(copy.id() + "@v1");
        assertThat(stored.outbox()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(copy.id());
            assertThat(event.tenantId()).isEqualTo("panlong");
            EventCodec codec = new EventCodec();
            assertThat(codec.payloadAs(codec.read(event.json()), EvaluationEvents.TEMPLATE_PUBLISHED).payload())
                    .isEqualTo(copy.toPublishedEvent());
        });
    }
}
