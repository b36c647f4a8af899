package cn.jixiao.loadtest.seed;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.loadtest.client.JsonApi;
import cn.jixiao.loadtest.client.Tokens;

/**
 * The two things the seed asks of Keycloak's Admin API directly, as the realm's administrator of the local stack
 * ({@code admin}/{@code admin}, which only the local stack has): giving a seeded street's first account a known,
 * permanent password, and removing the seeded groups and accounts again. Everything else goes through Jixiao's own
 * tenancy API. Onboarding hands out a temporary password that Keycloak makes its holder change at the first sign-in
 * in the browser; a load test signs in by the password grant, which refuses an account with that pending step.
 */
final class KeycloakAccounts {

    private final JsonApi admin;
    private final Tokens tokens;
    private final String adminUser;
    private final String adminPassword;

    KeycloakAccounts(String keycloakUrl, String adminUser, String adminPassword) {
        this.admin = new JsonApi(keycloakUrl + "/admin/realms/jixiao");
        this.tokens = new Tokens(keycloakUrl, "master", "admin-cli", Clock.systemUTC());
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    private String token() {
        return tokens.of(adminUser, adminPassword);
    }

    Optional<String> userId(String username) {
        JsonNode users = admin.get("/users?exact=true&username=" + username, token()).expect(200);
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0).get("id").asText());
    }

    /** A permanent password, and no step left before the first sign-in. */
    void setPermanentPassword(String username, String password) {
        String id = userId(username).orElseThrow(() -> new IllegalStateException("no account " + username + " in Keycloak"));
        admin.put("/users/" + id + "/reset-password", token(),
                Map.of("type", "password", "value", password, "temporary", false)).expect(204);
        // the whole representation back: a partial one would read as clearing the profile's required fields
        com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode)
                admin.get("/users/" + id, token()).expect(200);
        user.putArray("requiredActions");
        user.put("emailVerified", true);
        admin.put("/users/" + id, token(), user).expect(204);
    }

    void removeUser(String username) {
        userId(username).ifPresent(id -> admin.delete("/users/" + id, token()).expect(204, 404));
    }

    void removeGroup(String path) {
        JsonApi.Answer group = admin.get("/group-by-path" + path, token());
        if (group.status() == 200) {
            admin.delete("/groups/" + group.body().get("id").asText(), token()).expect(204, 404);
        }
    }
}
