package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.MonitoringReported;
import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.contracts.project.MonitoringRoundOpened;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Pins {@code MonitoringRoundOpened}, {@code MonitoringReported} and {@code MonitoringReviewed} v1, 绩效运行监控
 * (issue #15): Panlong opens its mid-year round as of 30 June 2023, due 31 July, with the default margin of 10
 * points; Jinchen has spent 580,000 of 2,000,000 (29.00 % against 50.00 % planned: red), expects 8 activities
 * against ≥10 (red) and has not estimated its satisfaction yet (yellow), explains each line and submits; the district
 * approves.
 */
class MonitoringContractTest {

    private static final String JINCHEN_PROJECT = "b3c1d7e0-5a2f-4c8e-8f00-123456789abc";
    private static final String ROUND = "7f3a9c21-0b4d-4e5f-9a6b-1c2d3e4f5a6b";

    private final EventCodec codec = new EventCodec();

    static final EventEnvelope<MonitoringRoundOpened> PANLONG_ROUND_OPENED = new EventEnvelope<>(
            UUID.fromString("83a4b5c6-d7e8-4f90-a1b2-c3d4e5f60718"), "MonitoringRoundOpened", 1, "panlong",
            Instant.parse("2023-07-01T01:00:00Z"),
            new MonitoringRoundOpened(ROUND, "panlong", 2023, "2023年年中绩效监控", LocalDate.parse("2023-06-30"),
                    LocalDate.parse("2023-07-31"), new BigDecimal("10"), "panlong-overseer"));

    static final EventEnvelope<MonitoringReported> JINCHEN_REPORTED = new EventEnvelope<>(
            UUID.fromString("94b5c6d7-e8f9-4a01-b2c3-d4e5f6071829"), "MonitoringReported", 1, "jinchen",
            Instant.parse("2023-07-20T03:15:00Z"),
            new MonitoringReported(ROUND, JINCHEN_PROJECT, "panlong", "jinchen", LocalDate.parse("2023-06-30"),
                    "panlong-jinchen-editor",
                    new MonitoringReported.Spending(Yuan.parse("580000.00"), Yuan.parse("2000000.00"),
                            new BigDecimal("29.00"), new BigDecimal("50.00"), "LINEAR", new BigDecimal("10"),
                            MonitoringLight.RED, "设备采购合同7月签订，款项尚未支付", "7月底前完成设备采购付款"),
                    List.of(new MonitoringReported.IndicatorLine("jc-activities", "开展民族团结进步主题活动次数", "≥10次",
                                    "3次", "8次", MonitoringLight.RED, "文化活动中心修缮停用", "借用社区活动室，申请目标调整"),
                            new MonitoringReported.IndicatorLine("jc-satisfaction", "群众满意度", "≥90%", "未开展调查",
                                    null, MonitoringLight.YELLOW, "满意度调查安排在年末", "11月开展问卷调查"))));

    static final EventEnvelope<MonitoringReviewed> JINCHEN_REVIEWED = new EventEnvelope<>(
            UUID.fromString("a5c6d7e8-f9a0-4b12-83d4-e5f60718293a"), "MonitoringReviewed", 1, "jinchen",
            Instant.parse("2023-07-25T06:30:00Z"),
            new MonitoringReviewed(ROUND, JINCHEN_PROJECT, "panlong", "jinchen", "APPROVED", "panlong-overseer",
                    "请按纠偏措施落实"));

    @Test
    void anOpenedRoundCarriesItsDatesAndMarginAndIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(PANLONG_ROUND_OPENED)))
                .isEqualTo(PinnedJson.pinnedTree("MonitoringRoundOpened.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("MonitoringRoundOpened.v1.json")),
                ProjectEvents.MONITORING_ROUND_OPENED)).isEqualTo(PANLONG_ROUND_OPENED);
    }

    @Test
    void aSubmittedFormCarriesEveryLineWithItsLightAndExplanationAndIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_REPORTED)))
                .isEqualTo(PinnedJson.pinnedTree("MonitoringReported.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("MonitoringReported.v1.json")),
                ProjectEvents.MONITORING_REPORTED)).isEqualTo(JINCHEN_REPORTED);
    }

    @Test
    void aReviewIsWrittenExactlyAsPinnedAndReadBack() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_REVIEWED)))
                .isEqualTo(PinnedJson.pinnedTree("MonitoringReviewed.v1.json"));
        assertThat(codec.payloadAs(codec.read(PinnedJson.text("MonitoringReviewed.v1.json")),
                ProjectEvents.MONITORING_REVIEWED)).isEqualTo(JINCHEN_REVIEWED);
    }

    @Test
    void theMonitoringEventsAreProjectServicesEventsOfVersionOne() {
        assertThat(List.of(ProjectEvents.MONITORING_ROUND_OPENED, ProjectEvents.MONITORING_REPORTED,
                ProjectEvents.MONITORING_REVIEWED))
                .extracting(EventType::name, EventType::version)
                .containsExactly(tuple("MonitoringRoundOpened", 1), tuple("MonitoringReported", 1),
                        tuple("MonitoringReviewed", 1));
    }
}
