package cn.jixiao.systemtests.onboarding;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding by API on a running platform, with nothing done in Keycloak's console: the platform administrator
 * opens a street under 盘龙区 through the gateway; its first administrator signs in on Keycloak's real pages with
 * the temporary password, replaces it, and works in the new street, unseen by the other streets; the district's
 * administrator opens a second account there; then the street is disabled, its people cannot sign in and their
 * last token is refused, and once enabled again everything entered is still there.
 */
public final class TenantOnboardingThread {

    private static final String DEMO_PASSWORD = "Jixiao-2026";

    private final WebTestClient gateway;
    private final WebTestClient projectService;
    private final URI tokenEndpoint;
    private final WebTestClient keycloak;

    /**
     * @param gatewayUrl        the platform's only public entry
     * @param projectServiceUrl project-service directly, where a disabled street's valid token is refused
     * @param tokenEndpoint     the realm's token endpoint
     */
    public TenantOnboardingThread(String gatewayUrl, String projectServiceUrl, URI tokenEndpoint) {
        this.gateway = WebTestClient.bindToServer().baseUrl(gatewayUrl).responseTimeout(Duration.ofSeconds(60)).build();
        this.projectService = WebTestClient.bindToServer().baseUrl(projectServiceUrl).responseTimeout(Duration.ofSeconds(60)).build();
        this.tokenEndpoint = tokenEndpoint;
        // the first sign-ins on a cold Keycloak of a busy two-core machine take seconds
        this.keycloak = WebTestClient.bindToServer().baseUrl(tokenEndpoint.toString()).responseTimeout(Duration.ofSeconds(60)).build();
    }

    public void run() {
        String platformAdmin = passwordGrant("platform-admin", DEMO_PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        String panlong = tenantIdOf(platformAdmin, "/panlong");
        String name = "e2e" + UUID.randomUUID().toString().substring(0, 6);
        String username = name + "-admin";

        // 1. the platform administrator opens the street and gets its first administrator's temporary password
        Map<?, ?> onboarded = gateway.post().uri("/api/tenants/{district}/streets", panlong)
                .headers(h -> h.setBearerAuth(platformAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "displayName", "东风街道",
                        "administrator", Map.of("username", username, "firstName", "春燕", "lastName", "孙",
                                "email", username + "@example.com")))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> street = (Map<?, ?>) onboarded.get("tenant");
        Map<?, ?> administrator = (Map<?, ?>) onboarded.get("administrator");
        String streetId = (String) street.get("id");
        assertThat(street.get("districtId")).isEqualTo(panlong);
        assertThat(street.get("groupPath")).isEqualTo("/panlong/" + name);
        String temporaryPassword = (String) administrator.get("temporaryPassword");
        assertThat(temporaryPassword).isNotBlank();

        // 2. the temporary password alone gets no token: the account must set its own password first
        passwordGrant(username, temporaryPassword).expectStatus().is4xxClientError();

        // 3. the first sign-in on Keycloak's pages, replacing the temporary password
        BrowserSignIn browser = new BrowserSignIn(tokenEndpoint);
        String ownPassword = "Dongfeng-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode tokens = browser.firstSignIn(username, temporaryPassword, ownPassword);
        String token = tokens.get("access_token").asText();
        JsonNode claims = browser.claimsOf(token);
        assertThat(claims.get("groups").toString()).contains("/panlong/" + name);
        assertThat(claims.get("realm_access").get("roles").toString()).contains("street-editor", "street-approver");

        // 4. the new street works, and no other street sees its project
        String code = "E2E-ONB-" + UUID.randomUUID().toString().substring(0, 6);
        Map<?, ?> project = gateway.post().uri("/api/projects").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "东风街道老旧小区改造补助资金", "year", 2024,
                        "competentDepartment", "昆明市盘龙区人民政府东风街道办事处",
                        "implementingUnit", "昆明市盘龙区人民政府东风街道办事处"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String projectId = (String) project.get("id");
        assertThat(project.get("streetId")).isEqualTo(streetId);
        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo(code);
        String tuodong = passwordGrant("tuodong-editor", DEMO_PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(tuodong)).exchange()
                .expectStatus().isNotFound();

        // 5. the district's administrator opens a second account in the street; another district cannot
        String panlongAdmin = passwordGrant("panlong-admin", DEMO_PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        gateway.post().uri("/api/tenants/{street}/accounts", streetId).headers(h -> h.setBearerAuth(panlongAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("person", person(name + "-editor"), "roles", List.of("street-editor")))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.temporaryPassword").isNotEmpty();
        gateway.post().uri("/api/tenants/{street}/accounts", streetId).headers(h -> h.setBearerAuth(panlongAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("person", person(name + "-overseer"), "roles", List.of("district-overseer")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.get().uri("/api/tenants/{street}/accounts", streetId).headers(h -> h.setBearerAuth(panlongAdmin)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(names ->
                        assertThat((List<Object>) names).contains(username, name + "-editor"));

        // 6. disabled: no sign-in, and the token still in hand is refused where the street's data lives
        gateway.post().uri("/api/tenants/{id}/disable", streetId).headers(h -> h.setBearerAuth(platformAdmin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DISABLED");
        passwordGrant(username, ownPassword).expectStatus().is4xxClientError();
        assertThatThrownBy(() -> new BrowserSignIn(tokenEndpoint).firstSignIn(username, ownPassword, ownPassword))
                .isInstanceOf(BrowserSignIn.SignInRefused.class);
        projectService.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.post().uri("/api/tenants/{street}/accounts", streetId).headers(h -> h.setBearerAuth(panlongAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("person", person(name + "-late"), "roles", List.of("street-editor")))
                .exchange()
                .expectStatus().isEqualTo(409);

        // 7. enabled again: the same password signs in, and the project is still there
        gateway.post().uri("/api/tenants/{id}/enable", streetId).headers(h -> h.setBearerAuth(platformAdmin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ENABLED");
        String again = passwordGrant(username, ownPassword).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(again)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo(code);

        // 8. and every step is on the record
        gateway.get().uri("/api/tenants/{id}/audit", streetId).headers(h -> h.setBearerAuth(platformAdmin)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].action").value(actions -> assertThat((List<Object>) actions)
                        .containsSubsequence("street-onboarded", "account-created", "tenant-disabled", "tenant-enabled"));
    }

    /** The district's qualified id as the platform names it, looked up rather than spelled out here. */
    private String tenantIdOf(String platformAdmin, String groupPath) {
        List<?> tenants = gateway.get().uri("/api/tenants").headers(h -> h.setBearerAuth(platformAdmin)).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return tenants.stream().map(Map.class::cast)
                .filter(tenant -> groupPath.equals(tenant.get("groupPath")))
                .map(tenant -> (String) tenant.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no tenant with group " + groupPath + " in " + tenants));
    }

    private static Map<String, String> person(String username) {
        return Map.of("username", username, "firstName", "小红", "lastName", "李", "email", username + "@example.com");
    }

    private WebTestClient.ResponseSpec passwordGrant(String username, String password) {
        return keycloak.post().uri(tokenEndpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password")
                        .with("client_id", "jixiao-web")
                        .with("username", username)
                        .with("password", password))
                .exchange();
    }
}
