package cn.jixiao.project.tenants;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district administrator manages the accounts of the district's streets, and nothing else: not another
 * district's, not the district's own overseers and auditors, and never with more than the two street roles.
 */
@ServiceTest
@Import(RealmInMemory.class)
class StreetAccountsTest {

    static final WebTestClientConfigurer PANLONG_ADMIN = TenantOnboardingTest.districtAdmin("panlong");
    static final WebTestClientConfigurer WUHUA_ADMIN = TenantOnboardingTest.districtAdmin("wuhua");

    @Autowired
    WebTestClient web;

    @Autowired
    InMemoryTenantDirectory realm;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void theDemoRealmWithoutRegister() {
        realm.reset();
        mongo.remove(new Query(), Tenant.class).block();
        mongo.remove(new Query(), TenantAuditEntry.class).block();
    }

    @Test
    void aDistrictAdministratorOpensAnAccountInOneOfItsStreetsWithATemporaryPassword() {
        Map<?, ?> issued = open(PANLONG_ADMIN, DemoTenants.JINCHEN, "jinchen-li", List.of("street-editor"))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(issued.get("username")).isEqualTo("jinchen-li");
        assertThat(issued.get("groupPath")).isEqualTo("/panlong/jinchen");
        assertThat(issued.get("roles")).isEqualTo(List.of("street-editor"));
        InMemoryTenantDirectory.Account account = realm.stored((String) issued.get("accountId"));
        assertThat(account.temporaryPassword()).isEqualTo(issued.get("temporaryPassword"));
        assertThat(account.account().groupPaths()).containsExactly("/panlong/jinchen");

        web.mutateWith(PANLONG_ADMIN).get().uri("/api/tenants/{street}/accounts", DemoTenants.JINCHEN).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].username").isEqualTo("jinchen-li")
                .jsonPath("$[0].enabled").isEqualTo(true)
                .jsonPath("$[0].temporaryPassword").doesNotExist();
        web.mutateWith(PANLONG_ADMIN).get().uri("/api/tenants/{street}/audit", DemoTenants.JINCHEN).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("account-created")
                .jsonPath("$[0].actor").isEqualTo("panlong-admin")
                .jsonPath("$[0].details.username").isEqualTo("jinchen-li")
                .jsonPath("$[0].details.roles[0]").isEqualTo("street-editor");
    }

    @Test
    void onlyTheTwoStreetRolesCanBeGranted() {
        for (String role : List.of("district-overseer", "auditor", "district-admin", "platform-admin", "realm-admin")) {
            open(PANLONG_ADMIN, DemoTenants.JINCHEN, "jinchen-new", List.of("street-editor", role))
                    .expectStatus().isForbidden()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("role-not-grantable")
                    .jsonPath("$.role").isEqualTo(role)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("区管理员只能授予").contains("grants only street-editor and street-approver"));
        }
        assertThat(realm.byUsername("jinchen-new")).isEmpty();
        open(PANLONG_ADMIN, DemoTenants.JINCHEN, "jinchen-new", List.of()).expectStatus().isBadRequest();
    }

    @Test
    void anotherDistrictsStreetsAndAccountsDoNotExistForADistrictAdministrator() {
        String huashan = realm.existing("huashan-editor", "/wuhua/huashan", "street-editor");
        String tuodong = realm.existing("tuodong-editor", "/panlong/tuodong", "street-editor");
        String huashanStreet = TenantOnboardingTest.HUASHAN;

        open(PANLONG_ADMIN, huashanStreet, "huashan-new", List.of("street-editor")).expectStatus().isNotFound();
        web.mutateWith(PANLONG_ADMIN).get().uri("/api/tenants/{street}/accounts", huashanStreet).exchange()
                .expectStatus().isNotFound();
        web.mutateWith(PANLONG_ADMIN).post().uri("/api/tenants/{street}/accounts/{id}/disable", huashanStreet, huashan).exchange()
                .expectStatus().isNotFound();
        // nor through one of its own streets: the account must be in that very street
        web.mutateWith(PANLONG_ADMIN).post().uri("/api/tenants/{street}/accounts/{id}/disable", DemoTenants.JINCHEN, huashan).exchange()
                .expectStatus().isNotFound();
        web.mutateWith(PANLONG_ADMIN).delete().uri("/api/tenants/{street}/accounts/{id}", DemoTenants.JINCHEN, tuodong).exchange()
                .expectStatus().isNotFound();
        web.mutateWith(WUHUA_ADMIN).get().uri("/api/tenants/{street}/audit", DemoTenants.JINCHEN).exchange()
                .expectStatus().isNotFound();
        assertThat(realm.stored(huashan).account().enabled()).isTrue();
        assertThat(realm.stored(tuodong)).isNotNull();
    }

    @Test
    void theDistrictsOwnOverseersAndAuditorsAreNotStreetAccounts() {
        String overseer = realm.existing("panlong-overseer", "/panlong", "district-overseer");

        web.mutateWith(PANLONG_ADMIN).post().uri("/api/tenants/{district}/accounts/{id}/disable", DemoTenants.PANLONG, overseer)
                .exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("not-a-street");
        open(PANLONG_ADMIN, DemoTenants.PANLONG, "panlong-new", List.of("street-editor")).expectStatus().isBadRequest();
        assertThat(realm.stored(overseer).account().enabled()).isTrue();
    }

    @Test
    void onlyADistrictAdministratorManagesAccounts() {
        for (WebTestClientConfigurer notDistrictAdmin : List.of(
                Tokens.overseer(DemoTenants.PANLONG),
                Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN),
                TenantOnboardingTest.PLATFORM_ADMIN,
                // the role without the district's group is no district's administrator
                Tokens.issuedBy(TenantOnboardingTest.REALM, "stray-admin", null, "district-admin"),
                Tokens.issuedBy(TenantOnboardingTest.REALM, "street-admin", "/panlong/jinchen", "district-admin"))) {
            open(notDistrictAdmin, DemoTenants.JINCHEN, "jinchen-new", List.of("street-editor"))
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("只有区管理员").contains("Only a district administrator"));
        }
        assertThat(realm.byUsername("jinchen-new")).isEmpty();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRemovingItTakesItOutOfTheRealmBothAudited() {
        String editor = realm.existing("jinchen-editor", "/panlong/jinchen", "street-editor", "default-roles-jixiao");

        web.mutateWith(PANLONG_ADMIN).post().uri("/api/tenants/{street}/accounts/{id}/disable", DemoTenants.JINCHEN, editor)
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.enabled").isEqualTo(false)
                .jsonPath("$.roles").isEqualTo(List.of("street-editor"));
        assertThat(realm.stored(editor).account().enabled()).isFalse();
        assertThat(realm.stored(editor).sessionsEnded()).isEqualTo(1);

        web.mutateWith(PANLONG_ADMIN).post().uri("/api/tenants/{street}/accounts/{id}/enable", DemoTenants.JINCHEN, editor)
                .exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(true);

        web.mutateWith(PANLONG_ADMIN).delete().uri("/api/tenants/{street}/accounts/{id}", DemoTenants.JINCHEN, editor).exchange()
                .expectStatus().isNoContent();
        assertThat(realm.account(editor)).isEmpty();

        web.mutateWith(TenantOnboardingTest.PLATFORM_ADMIN).get().uri("/api/tenants/{street}/audit", DemoTenants.JINCHEN).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("account-disabled", "account-enabled", "account-removed"))
                .jsonPath("$[2].details.username").isEqualTo("jinchen-editor");
    }

    @Test
    void noAccountIsOpenedInADisabledStreet() {
        web.mutateWith(TenantOnboardingTest.PLATFORM_ADMIN).post().uri("/api/tenants/{id}/disable", DemoTenants.TUODONG).exchange()
                .expectStatus().isOk();

        open(PANLONG_ADMIN, DemoTenants.TUODONG, "tuodong-new", List.of("street-editor"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("tenant-disabled");
    }

    private WebTestClient.ResponseSpec open(WebTestClientConfigurer who, String streetId, String username, List<String> roles) {
        return web.mutateWith(who).post().uri("/api/tenants/{street}/accounts", streetId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("person", Map.of("username", username, "firstName", "小红", "lastName", "李",
                        "email", username + "@example.com"), "roles", roles))
                .exchange();
    }
}
