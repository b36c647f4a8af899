package cn.jixiao.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.RectificationAnswered;
import cn.jixiao.contracts.project.RectificationConfirmed;
import cn.jixiao.contracts.project.RectificationOpened;
import cn.jixiao.contracts.project.RectificationSentBack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Pins {@code RectificationOpened}, {@code RectificationAnswered}, {@code RectificationConfirmed} and
 * {@code RectificationSentBack} v1, 整改 (issue #15): the mid-year round's red line on Jinchen's activities opens an
 * item due in the default 60 days; the street answers with its measures and the activity ledger; the district sends
 * it back once for the July ledger, then confirms.
 */
class RectificationContractTest {

    private static final String JINCHEN_PROJECT = "b3c1d7e0-5a2f-4c8e-8f00-123456789abc";
    private static final String ITEM = "c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f";

    private final EventCodec codec = new EventCodec();

    static final EventEnvelope<RectificationOpened> OPENED = new EventEnvelope<>(
            UUID.fromString("b6d7e8f9-a0b1-4c23-94e5-f60718293a4b"), "RectificationOpened", 1, "jinchen",
            Instant.parse("2023-07-25T06:30:00Z"),
            new RectificationOpened(ITEM, JINCHEN_PROJECT, "panlong", "jinchen", "JK-2023-017", 2023, "MONITORING_RED",
                    "7f3a9c21-0b4d-4e5f-9a6b-1c2d3e4f5a6b/jc-activities",
                    "绩效监控红灯（2023年年中绩效监控）：开展民族团结进步主题活动次数 年度指标值 ≥10次，全年预计 8次",
                    LocalDate.parse("2023-09-23"), 60, null));

    static final EventEnvelope<RectificationAnswered> ANSWERED = new EventEnvelope<>(
            UUID.fromString("c7e8f9a0-b1c2-4d34-a5f6-0718293a4b5c"), "RectificationAnswered", 1, "jinchen",
            Instant.parse("2023-08-10T02:00:00Z"),
            new RectificationAnswered(ITEM, JINCHEN_PROJECT, "panlong", "jinchen", "借用社区活动室，8月补办3场活动",
                    List.of("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"), "panlong-jinchen-editor"));

    static final EventEnvelope<RectificationSentBack> SENT_BACK = new EventEnvelope<>(
            UUID.fromString("d8f9a0b1-c2d3-4e45-b6a7-18293a4b5c6d"), "RectificationSentBack", 1, "jinchen",
            Instant.parse("2023-08-12T03:00:00Z"),
            new RectificationSentBack(ITEM, JINCHEN_PROJECT, "panlong", "jinchen", "panlong-overseer", "请补充7月活动台账"));

    static final EventEnvelope<RectificationConfirmed> CONFIRMED = new EventEnvelope<>(
            UUID.fromString("e9a0b1c2-d3e4-4f56-87b8-293a4b5c6d7e"), "RectificationConfirmed", 1, "jinchen",
            Instant.parse("2023-08-20T04:00:00Z"),
            new RectificationConfirmed(ITEM, JINCHEN_PROJECT, "panlong", "jinchen", "panlong-overseer", null));

    @Test
    void anItemOpenedFromAFindingNamesItsSourceAndDefaultDeadlineAndIsWrittenExactlyAsPinned() {
        assertPinned(OPENED, "RectificationOpened.v1.json", ProjectEvents.RECTIFICATION_OPENED);
    }

    @Test
    void anAnswerCarriesTheMeasuresAndEvidenceAndIsWrittenExactlyAsPinned() {
        assertPinned(ANSWERED, "RectificationAnswered.v1.json", ProjectEvents.RECTIFICATION_ANSWERED);
    }

    @Test
    void theDistrictsDecisionsAreWrittenExactlyAsPinned() {
        assertPinned(SENT_BACK, "RectificationSentBack.v1.json", ProjectEvents.RECTIFICATION_SENT_BACK);
        assertPinned(CONFIRMED, "RectificationConfirmed.v1.json", ProjectEvents.RECTIFICATION_CONFIRMED);
    }

    @Test
    void theRectificationEventsAreProjectServicesEventsOfVersionOne() {
        assertThat(List.of(ProjectEvents.RECTIFICATION_OPENED, ProjectEvents.RECTIFICATION_ANSWERED,
                ProjectEvents.RECTIFICATION_CONFIRMED, ProjectEvents.RECTIFICATION_SENT_BACK))
                .extracting(EventType::name, EventType::version)
                .containsExactly(tuple("RectificationOpened", 1), tuple("RectificationAnswered", 1),
                        tuple("RectificationConfirmed", 1), tuple("RectificationSentBack", 1));
    }

    private <P> void assertPinned(EventEnvelope<P> event, String file, EventType<P> type) {
        assertThat(PinnedJson.tree(codec.write(event))).isEqualTo(PinnedJson.pinnedTree(file));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text(file)), type)).isEqualTo(event);
    }
}
