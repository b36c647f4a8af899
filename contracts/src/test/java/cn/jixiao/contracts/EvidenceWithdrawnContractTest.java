package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jixiao.contracts.project.EvidenceWithdrawn;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@code EvidenceWithdrawn} v1: report-service drops the item from section 六、佐证材料. */
class EvidenceWithdrawnContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    static final EventEnvelope<EvidenceWithdrawn> JINCHEN_WRONG_YEAR = new EventEnvelope<>(
            UUID.fromString("8c4b2e17-3f9a-4d65-b0c8-7e1a9f2d4b36"), "EvidenceWithdrawn", 1, "jinchen",
            Instant.parse("2024-02-21T01:40:00Z"),
            new EvidenceWithdrawn("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                    "5e2a9c41-7b3d-4f60-9a18-2d4c6e8f0b13", "上传的是2022年度的指标体系，已重新上传2023年度版本"));

    @Test
    void evidenceWithdrawnIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(JINCHEN_WRONG_YEAR));
        assertThat(written).isEqualTo(pinned());
    }

    @Test
    void evidenceWithdrawnIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned()));
        assertThat(codec.payloadAs(raw, ProjectEvents.EVIDENCE_WITHDRAWN)).isEqualTo(JINCHEN_WRONG_YEAR);
    }

    private JsonNode pinned() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/EvidenceWithdrawn.v1.json")) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
