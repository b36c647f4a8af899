package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code ActualsReported} v1 as evaluation-service and report-service read it: actuals as published since
 * #17, each with the unit its value is in and how it was read, and a record written before, which still reads
 * with those {@code null}.
 */
class ActualsReportedContractTest {

    /** As written before #17, without unit and reading. */
    static final String FILE = "ActualsReported.v1.json";

    static final String READINGS_FILE = "ActualsReported.v1.readings.json";

    static final EventEnvelope<ActualsReported> GAOXIN_READINGS = new EventEnvelope<>(
            UUID.fromString("8d3b0f25-1c4e-4a6f-9b72-3c4d5e6f7081"), "ActualsReported", 1, "gaoxin",
            Instant.parse("2024-12-20T07:30:00Z"),
            new ActualsReported("c4d2e8f1-6b3a-4d9f-9a11-23456789abcd", "panlong", "gaoxin", List.of(
                    new ActualsReported.Actual("gx-trainings", "4次", new BigDecimal("4"), null, "次",
                            ActualReadingKind.AS_WRITTEN),
                    new ActualsReported.Actual("gx-rate", "100", new BigDecimal("100"), null, "%",
                            ActualReadingKind.TARGET_UNIT),
                    new ActualsReported.Actual("gx-cost", "58000元", new BigDecimal("5.8"), null, "万元",
                            ActualReadingKind.CONVERTED),
                    new ActualsReported.Actual("gx-items", "5项", new BigDecimal("5"), null, "项",
                            ActualReadingKind.OTHER_COUNT_UNIT),
                    new ActualsReported.Actual("gx-sites", "已完成", null, null, null,
                            ActualReadingKind.TEXT_ON_NUMERIC_TARGET),
                    new ActualsReported.Actual("gx-on-time", "按时完成", null, null, null, ActualReadingKind.STATEMENT)),
                    7));

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
    void actualsWithTheirReadingsAreWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(GAOXIN_READINGS))).isEqualTo(PinnedJson.pinnedTree(READINGS_FILE));
    }

    @Test
    void actualsWithTheirReadingsAreReadBackWithExactValues() {
        ActualsReported read = codec.payloadAs(codec.read(PinnedJson.text(READINGS_FILE)), ProjectEvents.ACTUALS_REPORTED)
                .payload();

        assertThat(read).isEqualTo(GAOXIN_READINGS.payload());
        assertThat(read.actuals().get(2).value()).hasToString("5.8");
    }

    @Test
    void aRecordWrittenBeforeReadingsReadsWithExactValuesAndNoUnitOrReading() {
        EventEnvelope<ActualsReported> read = codec.payloadAs(codec.read(PinnedJson.text(FILE)), ProjectEvents.ACTUALS_REPORTED);

        assertThat(read).isEqualTo(JINCHEN_REPORTED);
        assertThat(read.payload().actuals().get(3).value()).hasToString("96.5");
        assertThat(read.payload().actuals()).allSatisfy(actual -> {
            assertThat(actual.unit()).isNull();
            assertThat(actual.reading()).isNull();
        });
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload")).put("addedLater", "新字段");

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), ProjectEvents.ACTUALS_REPORTED).payload())
                .isEqualTo(JINCHEN_REPORTED.payload());
    }
}
