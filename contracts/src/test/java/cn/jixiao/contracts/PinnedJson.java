package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The pinned JSON files of {@code /contracts}, read with decimals kept exact (a weight of 20.00 is not a double). */
final class PinnedJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PinnedJson() {
    }

    static String text(String file) {
        try (InputStream in = PinnedJson.class.getResourceAsStream("/contracts/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    static ObjectNode pinnedTree(String file) {
        return (ObjectNode) tree(text(file));
    }

    static String write(JsonNode tree) {
        return JSON.writeValueAsString(tree);
    }
}
