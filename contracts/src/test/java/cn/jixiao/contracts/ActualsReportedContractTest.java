package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@code ActualsReported} v1 as evaluation-service and report-service read it. */
class ActualsReportedContractTest {

    static final String FILE = "ActualsReported.v1.json";

    static final EventEnvelope<ActualsReported> JINCHEN_REPORTED = new EventEnvelope<>(
            UUID.fromString("5d0e9c3b-7a41-4b2f-8e6d-1a2b3c4d5e6f"), "ActualsReported", 1, "jinchen",
            Instant.parse("2023-12-28T07:30:00Z"),
            new ActualsReported("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen", List.of(
                    new ActualsReported.Actual("jc-activities", "9次", new BigDecimal("9"),
                            "受示范街区主题公园施工影响，原定第四季度举办的1场“我们的节日”主题活动顺延至2024年1月；"
                                    + "下一年度将提前编排全年活动计划并预留备用场地，确保按计划开展。"),
                    new ActualsReported.Actual("jc-on-time", "按时完成", null, null),
                    new ActualsReported.Actual("jc-cost", "200万元", new BigDecimal("200"), null),
                    new ActualsReported.Actual("jc-residents", "96.5%", new BigDecimal("96.5"), null)),
                    5));

    private final EventCodec codec = new EventCodec();

    @Test
    void actualsReportedIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_REPORTED))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void actualsReportedIsReadBackFromThePinnedJsonWithExactValues() {
        EventEnvelope<ActualsReported> read = codec.payloadAs(codec.read(PinnedJson.text(FILE)), ProjectEvents.ACTUALS_REPORTED);

        assertThat(read).isEqualTo(JINCHEN_REPORTED);
        assertThat(read.payload().actuals().get(3).value()).hasToString("96.5");
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload")).put("addedLater", "新字段");

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), ProjectEvents.ACTUALS_REPORTED).payload())
                .isEqualTo(JINCHEN_REPORTED.payload());
    }
}
