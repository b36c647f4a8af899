package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The realm file is the tenancy contract the services rely on; these are the parts they read from tokens. */
class RealmFileTest {

    @Test
    void listsTheDemoUsersWithTheirRolesAndUnits() {
        assertThat(DemoUser.fromRealm()).containsExactly(
                new DemoUser("jinchen-editor", "Jixiao-2026", List.of("street-editor"), "盘龙区 金辰街道"),
                new DemoUser("jinchen-approver", "Jixiao-2026", List.of("street-editor", "street-approver"),
                        "盘龙区 金辰街道"),
                new DemoUser("tuodong-editor", "Jixiao-2026", List.of("street-editor"), "盘龙区 拓东街道"),
                new DemoUser("tuodong-approver", "Jixiao-2026", List.of("street-editor", "street-approver"),
                        "盘龙区 拓东街道"),
                new DemoUser("panlong-overseer", "Jixiao-2026", List.of("district-overseer"), "盘龙区"),
                new DemoUser("panlong-auditor", "Jixiao-2026", List.of("auditor"), "盘龙区"),
                new DemoUser("huashan-editor", "Jixiao-2026", List.of("street-editor"), "五华区 华山街道"),
                new DemoUser("huashan-approver", "Jixiao-2026", List.of("street-editor", "street-approver"),
                        "五华区 华山街道"),
                new DemoUser("wuhua-overseer", "Jixiao-2026", List.of("district-overseer"), "五华区"),
                new DemoUser("wuhua-auditor", "Jixiao-2026", List.of("auditor"), "五华区"),
                new DemoUser("platform-admin", "Jixiao-2026", List.of("platform-admin"), ""),
                new DemoUser("panlong-admin", "Jixiao-2026", List.of("district-admin"), "盘龙区"),
                new DemoUser("wuhua-admin", "Jixiao-2026", List.of("district-admin"), "五华区"));
    }

    @Test
    void theGatewaySignsBrowsersInAsAConfidentialClientWithPkceAndTheSameClaimsAsTheWebClient() throws Exception {
        JsonNode realm = realm();
        JsonNode gateway = client(realm, "jixiao-gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(gateway.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(gateway.path("secret").asText()).isEqualTo("${JIXIAO_GATEWAY_CLIENT_SECRET:jixiao-gateway-local-secret}");
        // Keycloak knows a wildcard only at the end: "http://localhost:*/login/oauth2/code/*" would match nothing,
        // and the gateway of a test listens on any free port (its callback is /login/oauth2/code/keycloak)
        assertThat(gateway.path("redirectUris").toString()).contains("\"http://localhost:*\"");
        assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asText()).contains("http://localhost:*");
        // the services read the same groups, roles and audience from the gateway's tokens as from jixiao-web's
        assertThat(gateway.path("protocolMappers")).isEqualTo(client(realm, "jixiao-web").path("protocolMappers"));
        assertThat(gateway.path("defaultClientScopes")).isEqualTo(client(realm, "jixiao-web").path("defaultClientScopes"));
    }

    @Test
    void theLoginPageSpeaksChineseFirstAndCarriesJixiaosName() throws Exception {
        JsonNode realm = realm();
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("zh-CN");
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.path("loginTheme").asText()).isEqualTo("jixiao");

        java.util.Properties theme = properties("/keycloak/themes/jixiao/login/theme.properties");
        assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(properties("/keycloak/themes/jixiao/login/messages/messages_zh_CN.properties").getProperty("loginTitleHtml"))
                .isEqualTo("绩效管理平台 Jixiao");
        assertThat(properties("/keycloak/themes/jixiao/login/messages/messages_en.properties").getProperty("loginTitleHtml"))
                .contains("Jixiao");
    }

    private static JsonNode realm() throws java.io.IOException {
        try (var in = RealmFileTest.class.getResourceAsStream("/keycloak/jixiao-realm.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static java.util.Properties properties(String resource) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = RealmFileTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
