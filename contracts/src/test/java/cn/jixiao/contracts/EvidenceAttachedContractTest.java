package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@code EvidenceAttached} v1 as report-service reads it for section 六、佐证材料. */
class EvidenceAttachedContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    static final EventEnvelope<EvidenceAttached> JINCHEN_INDICATOR_SYSTEM = new EventEnvelope<>(
            UUID.fromString("0d9e8b7a-6c5f-4e3d-8a2b-1c0f9e8d7a65"), "EvidenceAttached", 1, "jinchen",
            Instant.parse("2024-02-20T03:15:00Z"),
            new EvidenceAttached("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                    "5e2a9c41-7b3d-4f60-9a18-2d4c6e8f0b13", "INDICATOR_SYSTEM", "绩效评价指标体系",
                    "金辰街道2023年民族团结进步示范街道专项资金绩效评价指标体系.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 18432,
                    "7589171040463722e40b871a778527501c7bde9c2a3ea88fad5861e26a304dad", 1));

    @Test
    void evidenceAttachedIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(JINCHEN_INDICATOR_SYSTEM));
        assertThat(written).isEqualTo(pinned());
    }

    @Test
    void evidenceAttachedIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned()));
        assertThat(codec.payloadAs(raw, ProjectEvents.EVIDENCE_ATTACHED)).isEqualTo(JINCHEN_INDICATOR_SYSTEM);
    }

    private JsonNode pinned() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/EvidenceAttached.v1.json")) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
