package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pins the JSON of each event as consumers read it. A change that breaks one of these files breaks every
 * consumer still on the old shape: add a new version of the event instead.
 */
class ProjectEventsContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    static final EventEnvelope<ProjectRegistered> JINCHEN_REGISTERED = new EventEnvelope<>(
            UUID.fromString("6f1c2a4e-2f43-4d7e-9b1a-0c3d5e7f9a11"), "ProjectRegistered", 1, "jinchen",
            Instant.parse("2023-01-05T02:00:00Z"),
            new ProjectRegistered("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen", "MZTJ-2023-001",
                    "创建全省民族团结进步示范街道专项资金", 2023,
                    "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"));

    @Test
    void projectRegisteredIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(JINCHEN_REGISTERED));
        assertThat(written).isEqualTo(pinned("ProjectRegistered.v1.json"));
    }

    @Test
    void projectRegisteredIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned("ProjectRegistered.v1.json")));
        assertThat(codec.payloadAs(raw, ProjectEvents.PROJECT_REGISTERED)).isEqualTo(JINCHEN_REGISTERED);
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() throws IOException {
        JsonNode extended = pinned("ProjectRegistered.v1.json");
        ((tools.jackson.databind.node.ObjectNode) extended.get("payload")).put("addedLater", "新字段");
        ((tools.jackson.databind.node.ObjectNode) extended).put("producer", "project-service");
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(extended));
        assertThat(codec.payloadAs(raw, ProjectEvents.PROJECT_REGISTERED).payload())
                .isEqualTo(JINCHEN_REGISTERED.payload());
    }

    @Test
    void aPayloadIsNeverReadAsAnotherTypeOrVersion() throws IOException {
        JsonNode v2 = pinned("ProjectRegistered.v1.json");
        ((tools.jackson.databind.node.ObjectNode) v2).put("version", 2);
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(v2));
        assertThatThrownBy(() -> codec.payloadAs(raw, ProjectEvents.PROJECT_REGISTERED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ProjectRegistered v2");
    }

    private JsonNode pinned(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/" + file)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
