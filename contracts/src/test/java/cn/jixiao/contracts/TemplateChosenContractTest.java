package cn.jixiao.contracts;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code TemplateChosen} v1 as project-service consumes it: which template version a district's projects
 * have their indicator weights checked against, with a revision so that the newest choice wins.
 */
class TemplateChosenContractTest {

    static final String FILE = "TemplateChosen.v1.json";

    static final EventEnvelope<TemplateChosen> PANLONG_CHOICE = new EventEnvelope<>(
            UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), "TemplateChosen", 1, "panlong",
            Instant.parse("2024-01-11T03:00:00Z"),
            new TemplateChosen("panlong", "panlong-performance-90", 2, 3));

    private final EventCodec codec = new EventCodec();

    @Test
    void theChoiceIsReadFromThePinnedJson() {
        assertThat(codec.payloadAs(codec.read(PinnedJson.text(FILE)), EvaluationEvents.TEMPLATE_CHOSEN))
                .isEqualTo(PANLONG_CHOICE);
    }

    @Test
    void templateChosenIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(PANLONG_CHOICE))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void readersIgnoreFieldsThePublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload")).put("chosenBy", "overseer-1");

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), EvaluationEvents.TEMPLATE_CHOSEN).payload())
                .isEqualTo(PANLONG_CHOICE.payload());
    }
}
