package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code ExecutionSummaryReported} v1 as evaluation-service and report-service read it: 全年执行数 as a
 * summary figure, money as a JSON number with two decimals, the source as its code. A change that breaks this
 * file needs a v2 of the event.
 */
class ExecutionSummaryReportedContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A street without a ledger in Jixiao, its 全年执行数 taken from the 部门决算. */
    static final EventEnvelope<ExecutionSummaryReported> FROM_FINAL_ACCOUNTS = new EventEnvelope<>(
            UUID.fromString("3e7d9a52-4c1b-4f08-a6e3-9b2c5d8f1a47"), "ExecutionSummaryReported", 1, "tuodong",
            Instant.parse("2024-02-20T02:15:00Z"),
            new ExecutionSummaryReported("7a0e4c2d-1b3f-4e5a-9c8d-0f1e2d3c4b5a", "panlong", "tuodong",
                    Yuan.parse("1856300.00"), ExecutionSource.FINAL_ACCOUNTS, null,
                    "据2023年度部门决算表（财决05表）项目支出数填列", 0));

    @Test
    void executionSummaryReportedIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(FROM_FINAL_ACCOUNTS));
        assertThat(written).isEqualTo(pinned());
    }

    @Test
    void theAmountIsANumberWithTwoDecimalsAndTheSourceItsCode() {
        assertThat(codec.write(FROM_FINAL_ACCOUNTS)).contains("\"executed\":1856300.00", "\"source\":\"FINAL_ACCOUNTS\"");
    }

    @Test
    void executionSummaryReportedIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned()));
        assertThat(codec.payloadAs(raw, ProjectEvents.EXECUTION_SUMMARY_REPORTED)).isEqualTo(FROM_FINAL_ACCOUNTS);
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() throws IOException {
        JsonNode extended = pinned();
        ((ObjectNode) extended.get("payload")).put("addedLater", "新字段");
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(extended));
        assertThat(codec.payloadAs(raw, ProjectEvents.EXECUTION_SUMMARY_REPORTED).payload())
                .isEqualTo(FROM_FINAL_ACCOUNTS.payload());
    }

    @Test
    void theSourceIsPrintedAsItsLabelOrForOtherAsNamed() {
        assertThat(FROM_FINAL_ACCOUNTS.payload().sourceLabel()).isEqualTo("部门决算");
        ExecutionSummaryReported other = new ExecutionSummaryReported("p", "d", "s", Yuan.ZERO, ExecutionSource.OTHER,
                "街道资金台账（Excel）", null, 1);
        assertThat(other.sourceLabel()).isEqualTo("街道资金台账（Excel）");
    }

    private JsonNode pinned() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/ExecutionSummaryReported.v1.json")) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
