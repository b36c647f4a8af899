package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A login of the demo realm, read from the realm file itself so that what we print never drifts from what
 * Keycloak imports.
 *
 * @param username e.g. jinchen-editor
 * @param password the password to log in with
 * @param roles    realm roles, e.g. street-editor
 * @param unit     display names along the group path, e.g. 盘龙区 金辰街道; empty for users without a group
 */
public record DemoUser(String username, String password, List<String> roles, String unit) {

    private static final String REALM_RESOURCE = "/keycloak/jixiao-realm.json";

    public DemoUser {
        roles = List.copyOf(roles);
    }

    public static List<DemoUser> fromRealm() {
        try (var in = DemoUser.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is missing from the classpath");
            }
            var realm = new ObjectMapper().readTree(in);
            var displayNames = new HashMap<String, String>();
            collectDisplayNames(realm.path("groups"), displayNames);
            return StreamSupport.stream(realm.path("users").spliterator(), false)
                    // a client's service account is no one's login
                    .filter(user -> !user.has("serviceAccountClientId"))
                    .map(user -> toDemoUser(user, displayNames))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REALM_RESOURCE, e);
        }
    }

    private static DemoUser toDemoUser(JsonNode user, Map<String, String> displayNames) {
        var password = StreamSupport.stream(user.path("credentials").spliterator(), false)
                .filter(credential -> "password".equals(credential.path("type").asText()))
                .map(credential -> credential.path("value").asText())
                .findFirst()
                .orElse("");
        var units = StreamSupport.stream(user.path("groups").spliterator(), false)
                .map(group -> unitOf(group.asText(), displayNames))
                .toList();
        return new DemoUser(user.path("username").asText(), password, texts(user.path("realmRoles")),
                String.join(", ", units));
    }

    /** "/panlong/jinchen" becomes "盘龙区 金辰街道": the display name of each group along the path. */
    private static String unitOf(String path, Map<String, String> displayNames) {
        var names = new ArrayList<String>();
        var prefix = new StringBuilder();
        for (var segment : path.substring(1).split("/")) {
            prefix.append('/').append(segment);
            names.add(displayNames.getOrDefault(prefix.toString(), segment));
        }
        return String.join(" ", names);
    }

    private static void collectDisplayNames(JsonNode groups, Map<String, String> byPath) {
        for (var group : groups) {
            var displayName = group.path("attributes").path("displayName").path(0).asText(group.path("name").asText());
            byPath.put(group.path("path").asText(), displayName);
            collectDisplayNames(group.path("subGroups"), byPath);
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
