package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsAdjustmentRequested;
import cn.jixiao.contracts.project.TargetsAdjustmentReturned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Pins {@code TargetsAdjustmentRequested}, {@code TargetsAdjustmentReturned} and {@code TargetsAdjusted} v1, the
 * 目标调整 of approved targets (issue #15): Jinchen's approved targets (revision 4) call for 10 activities; the
 * street asks for 8 because the venue is closed for repairs, the district first returns the request for a missing
 * document, then approves the second request, and the adjusted tree (revision 5) travels with the approval.
 */
class TargetsAdjustmentContractTest {

    private static final String JINCHEN_PROJECT = "b3c1d7e0-5a2f-4c8e-8f00-123456789abc";
    private static final String REASON = "街道文化活动中心下半年修缮停用，主题活动改为8次";

    private static final List<IndicatorsDefined.Indicator> EIGHT_ACTIVITIES = List.of(
            new IndicatorsDefined.Indicator("jc-activities", IndicatorDimension.QUANTITY, "开展民族团结进步主题活动次数",
                    new Target("≥8次", "GE", new BigDecimal("8"), null, "次"), IndicatorDirection.POSITIVE,
                    new BigDecimal("20.00"), "活动台账、签到表及活动照片", false, DirectionSource.TARGET),
            new IndicatorsDefined.Indicator("jc-satisfaction", IndicatorDimension.BENEFICIARY_SATISFACTION,
                    "群众满意度", new Target("≥90%", "GE", new BigDecimal("90"), null, "%"),
                    IndicatorDirection.POSITIVE, new BigDecimal("10.00"), "问卷调查", false, DirectionSource.TARGET));

    private final EventCodec codec = new EventCodec();

    static final EventEnvelope<TargetsAdjustmentRequested> JINCHEN_ADJUSTMENT_REQUESTED = new EventEnvelope<>(
            UUID.fromString("40618293-bd2e-4f30-a142-5364758697a8"), "TargetsAdjustmentRequested", 1, "jinchen",
            Instant.parse("2023-07-03T01:20:00Z"),
            new TargetsAdjustmentRequested(JINCHEN_PROJECT, "panlong", "jinchen", 4, REASON, "panlong-jinchen-editor",
                    EIGHT_ACTIVITIES));

    static final EventEnvelope<TargetsAdjustmentReturned> JINCHEN_ADJUSTMENT_RETURNED = new EventEnvelope<>(
            UUID.fromString("517293a4-ce3f-4041-b253-6475869708b9"), "TargetsAdjustmentReturned", 1, "jinchen",
            Instant.parse("2023-07-05T07:45:00Z"),
            new TargetsAdjustmentReturned(JINCHEN_PROJECT, "panlong", "jinchen", 4, REASON, "panlong-jinchen-editor",
                    "panlong-overseer", "请附文化活动中心停用通知"));

    static final EventEnvelope<TargetsAdjusted> JINCHEN_ADJUSTED = new EventEnvelope<>(
            UUID.fromString("628304b5-df40-4152-8364-758697a819ca"), "TargetsAdjusted", 1, "jinchen",
            Instant.parse("2023-07-10T02:30:00Z"),
            new TargetsAdjusted(JINCHEN_PROJECT, "panlong", "jinchen", 4, 5, REASON, "panlong-jinchen-editor",
                    "panlong-overseer", "同意调整", EIGHT_ACTIVITIES));

    @Test
    void anAdjustmentRequestCarriesItsReasonAndTheProposedTreeAndIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_ADJUSTMENT_REQUESTED)))
                .isEqualTo(PinnedJson.pinnedTree("TargetsAdjustmentRequested.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsAdjustmentRequested.v1.json")),
                ProjectEvents.TARGETS_ADJUSTMENT_REQUESTED)).isEqualTo(JINCHEN_ADJUSTMENT_REQUESTED);
    }

    @Test
    void aReturnedAdjustmentIsWrittenExactlyAsPinnedAndReadBack() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_ADJUSTMENT_RETURNED)))
                .isEqualTo(PinnedJson.pinnedTree("TargetsAdjustmentReturned.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsAdjustmentReturned.v1.json")),
                ProjectEvents.TARGETS_ADJUSTMENT_RETURNED)).isEqualTo(JINCHEN_ADJUSTMENT_RETURNED);
    }

    @Test
    void anApprovedAdjustmentCarriesBothRevisionsTheReasonAndTheTreeInForceAndIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_ADJUSTED))).isEqualTo(PinnedJson.pinnedTree("TargetsAdjusted.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsAdjusted.v1.json")), ProjectEvents.TARGETS_ADJUSTED))
                .isEqualTo(JINCHEN_ADJUSTED);
    }

    @Test
    void theThreeStepsOfAnAdjustmentAreProjectServicesEventsOfVersionOne() {
        assertThat(List.of(ProjectEvents.TARGETS_ADJUSTMENT_REQUESTED, ProjectEvents.TARGETS_ADJUSTMENT_RETURNED,
                ProjectEvents.TARGETS_ADJUSTED))
                .extracting(EventType::name, EventType::version)
                .containsExactly(tuple("TargetsAdjustmentRequested", 1), tuple("TargetsAdjustmentReturned", 1),
                        tuple("TargetsAdjusted", 1));
    }
}
