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
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code TargetsSubmitted}, {@code TargetsReturned} and {@code TargetsApproved} v1, the steps of the 绩效目标
 * 申报与审核 (issue #15): the street submits Jinchen's targets, the district returns them with comments, the street
 * submits again and the district approves, the approved tree travelling with the approval.
 */
class TargetsContractTest {

    private static final String JINCHEN_PROJECT = "b3c1d7e0-5a2f-4c8e-8f00-123456789abc";

    private final EventCodec codec = new EventCodec();

    static final EventEnvelope<TargetsSubmitted> JINCHEN_SUBMITTED = new EventEnvelope<>(
            UUID.fromString("1d3e5f70-8a9b-4c0d-9e1f-203142536475"), "TargetsSubmitted", 1, "jinchen",
            Instant.parse("2023-02-10T02:00:00Z"),
            new TargetsSubmitted(JINCHEN_PROJECT, "panlong", "jinchen", 3, "panlong-jinchen-editor", null));

    static final EventEnvelope<TargetsReturned> JINCHEN_RETURNED = new EventEnvelope<>(
            UUID.fromString("2e4f6071-9b0c-4d1e-8f20-314253647586"), "TargetsReturned", 1, "jinchen",
            Instant.parse("2023-02-14T06:30:00Z"),
            new TargetsReturned(JINCHEN_PROJECT, "panlong", "jinchen", 3, "panlong-overseer",
                    "满意度指标“群众满意度进一步提高”请改为可衡量的数值，如 ≥90%"));

    static final EventEnvelope<TargetsApproved> JINCHEN_APPROVED = new EventEnvelope<>(
            UUID.fromString("3f507182-ac1d-4e2f-9031-425364758697"), "TargetsApproved", 1, "jinchen",
            Instant.parse("2023-02-20T03:15:00Z"),
            new TargetsApproved(JINCHEN_PROJECT, "panlong", "jinchen", 4, "panlong-overseer", "同意", List.of(
                    new IndicatorsDefined.Indicator("jc-activities", IndicatorDimension.QUANTITY, "开展民族团结进步主题活动次数",
                            new Target("≥10次", "GE", new BigDecimal("10"), null, "次"), IndicatorDirection.POSITIVE,
                            new BigDecimal("20.00"), "活动台账、签到表及活动照片", false, DirectionSource.TARGET),
                    new IndicatorsDefined.Indicator("jc-satisfaction", IndicatorDimension.BENEFICIARY_SATISFACTION,
                            "群众满意度", new Target("≥90%", "GE", new BigDecimal("90"), null, "%"),
                            IndicatorDirection.POSITIVE, new BigDecimal("10.00"), "问卷调查", false,
                            DirectionSource.TARGET))));

    @Test
    void targetsSubmittedIsWrittenExactlyAsPinnedAndReadBack() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_SUBMITTED))).isEqualTo(PinnedJson.pinnedTree("TargetsSubmitted.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsSubmitted.v1.json")), ProjectEvents.TARGETS_SUBMITTED))
                .isEqualTo(JINCHEN_SUBMITTED);
    }

    @Test
    void targetsReturnedIsWrittenExactlyAsPinnedAndReadBack() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_RETURNED))).isEqualTo(PinnedJson.pinnedTree("TargetsReturned.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsReturned.v1.json")), ProjectEvents.TARGETS_RETURNED))
                .isEqualTo(JINCHEN_RETURNED);
    }

    @Test
    void targetsApprovedCarriesTheApprovedTreeAndIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_APPROVED))).isEqualTo(PinnedJson.pinnedTree("TargetsApproved.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("TargetsApproved.v1.json")), ProjectEvents.TARGETS_APPROVED))
                .isEqualTo(JINCHEN_APPROVED);
    }

    @Test
    void theThreeStepsAreProjectServicesEventsOfVersionOne() {
        assertThat(List.of(ProjectEvents.TARGETS_SUBMITTED, ProjectEvents.TARGETS_RETURNED, ProjectEvents.TARGETS_APPROVED))
                .extracting(EventType::name, EventType::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TargetsSubmitted", 1),
                        org.assertj.core.groups.Tuple.tuple("TargetsReturned", 1),
                        org.assertj.core.groups.Tuple.tuple("TargetsApproved", 1));
    }
}
