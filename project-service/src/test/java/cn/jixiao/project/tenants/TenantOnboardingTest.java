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
import cn.jixiao.tenancy.TenantIds;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding by API, specified on project-service with the realm in memory ({@link InMemoryTenantDirectory}):
 * who may open and close which tenant, which ids the records get, and what a failed request leaves behind.
 */
@ServiceTest
@Import(RealmInMemory.class)
class TenantOnboardingTest {

    static final String REALM = Tokens.REALM_ISSUER_BASE + DemoTenants.NAMESPACE;
    static final String WUHUA = TenantIds.district(DemoTenants.NAMESPACE, "wuhua");
    static final String HUASHAN = TenantIds.street(WUHUA, "huashan");
    static final String DONGCHUAN = TenantIds.district(DemoTenants.NAMESPACE, "dongchuan");
    static final String DONGFENG = TenantIds.street(DemoTenants.PANLONG, "dongfeng");
    static final WebTestClientConfigurer PLATFORM_ADMIN = Tokens.issuedBy(REALM, "platform-admin", null, "platform-admin");

    @Autowired
    WebTestClient web;

    @Autowired
    InMemoryTenantDirectory realm;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    DisabledTenants disabledTenants;

    @BeforeEach
    void theDemoRealmWithoutRegister() {
        realm.reset();
        mongo.remove(new Query(), Tenant.class).block();
        mongo.remove(new Query(), TenantAuditEntry.class).block();
        disabledTenants.forget();
    }

    @Test
    void thePlatformAdministratorOnboardsADistrictWithItsFirstAdministrator() {
        Map<?, ?> onboarded = onboardDistrict(PLATFORM_ADMIN, "dongchuan", "东川区", "dongchuan-admin")
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/tenants/" + DONGCHUAN)
                .expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> tenant = (Map<?, ?>) onboarded.get("tenant");
        assertThat(tenant.get("id")).isEqualTo(DONGCHUAN);
        assertThat(tenant.get("kind")).isEqualTo("DISTRICT");
        assertThat(tenant.get("districtId")).isEqualTo(DONGCHUAN);
        assertThat(tenant.get("streetId")).isNull();
        assertThat(tenant.get("groupPath")).isEqualTo("/dongchuan");
        assertThat(tenant.get("displayName")).isEqualTo("东川区");
        assertThat(tenant.get("status")).isEqualTo("ENABLED");
        assertThat(tenant.get("createdBy")).isEqualTo("platform-admin");

        Map<?, ?> administrator = (Map<?, ?>) onboarded.get("administrator");
        assertThat(administrator.get("groupPath")).isEqualTo("/dongchuan");
        assertThat(administrator.get("roles")).isEqualTo(List.of("district-admin"));
        String password = (String) administrator.get("temporaryPassword");
        assertThat(password).hasSize(16).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[2-9].*");

        InMemoryTenantDirectory.Account account = realm.byUsername("dongchuan-admin").orElseThrow();
        assertThat(account.account().id()).isEqualTo(administrator.get("accountId"));
        assertThat(account.account().groupPaths()).containsExactly("/dongchuan");
        assertThat(account.account().realmRoles()).containsExactly("district-admin");
        assertThat(account.temporaryPassword()).isEqualTo(password);
        assertThat(realm.group("/dongchuan")).get().extracting(TenantDirectory.DirectoryGroup::displayName).isEqualTo("东川区");

        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/tenants/{id}/audit", DONGCHUAN).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("district-onboarded")
                .jsonPath("$[0].actor").isEqualTo("platform-admin")
                .jsonPath("$[0].details.administrator").isEqualTo("dongchuan-admin")
                .jsonPath("$[0].at").isNotEmpty()
                .jsonPath("$[0].details.temporaryPassword").doesNotExist();
    }

    @Test
    void aStreetIsOnboardedUnderItsDistrictWithAFirstEditorWhoAlsoApproves() {
        Map<?, ?> onboarded = onboardStreet(PLATFORM_ADMIN, DemoTenants.PANLONG, "dongfeng", "东风街道", "dongfeng-admin")
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> tenant = (Map<?, ?>) onboarded.get("tenant");
        assertThat(tenant.get("id")).isEqualTo(DONGFENG);
        assertThat(tenant.get("kind")).isEqualTo("STREET");
        assertThat(tenant.get("districtId")).isEqualTo(DemoTenants.PANLONG);
        assertThat(tenant.get("streetId")).isEqualTo(DONGFENG);
        assertThat(tenant.get("groupPath")).isEqualTo("/panlong/dongfeng");
        assertThat(((Map<?, ?>) onboarded.get("administrator")).get("roles"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("street-editor", "street-approver");
        assertThat(realm.byUsername("dongfeng-admin").orElseThrow().account().groupPaths()).containsExactly("/panlong/dongfeng");

        // the demo districts and streets that came with the realm are in the register beside the new street
        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/tenants").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[*].id").value(ids -> assertThat((List<Object>) ids).contains(DemoTenants.PANLONG, DemoTenants.JINCHEN,
                        DemoTenants.TUODONG, DONGFENG, WUHUA, HUASHAN));
    }

    @Test
    void onlyThePlatformAdministratorOnboardsDisablesAndEnables() {
        for (WebTestClientConfigurer notPlatform : List.of(
                Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN),
                Tokens.overseer(DemoTenants.PANLONG),
                districtAdmin("panlong"))) {
            onboardDistrict(notPlatform, "dongchuan", "东川区", "dongchuan-admin")
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("只有平台管理员").contains("Only a platform administrator"));
            onboardStreet(notPlatform, DemoTenants.PANLONG, "dongfeng", "东风街道", "dongfeng-admin").expectStatus().isForbidden();
            web.mutateWith(notPlatform).post().uri("/api/tenants/{id}/disable", DemoTenants.JINCHEN).exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(realm.group("/dongchuan")).isEmpty();
        assertThat(realm.group("/panlong/dongfeng")).isEmpty();
        web.post().uri("/api/tenants/districts").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aPlatformAdministratorOfAnotherRealmCannotOnboardIntoThisOne() {
        onboardDistrict(Tokens.issuedBy(Tokens.REALM_ISSUER_BASE + "other", "platform-admin", null, "platform-admin"),
                "dongchuan", "东川区", "dongchuan-admin")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not issued by the realm"));
    }

    @Test
    void namesAreCheckedBeforeAnythingIsCreated() {
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/districts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "东川", "displayName", "", "administrator", Map.of("username", "A")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
                        .contains("name", "displayName", "administrator.username", "administrator.email"));
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/districts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "dongchuan", "displayName", "东川区"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("administrator");
        // a colon would let a group pose as another tenant's qualified id
        onboardDistrict(PLATFORM_ADMIN, "jixiao:panlong", "盘龙区", "x-admin").expectStatus().isBadRequest();
        assertThat(realm.districtsWithStreets()).hasSize(2);
    }

    @Test
    void aTenantIsOnboardedOnceAndAUsernameIsNeverReused() {
        onboardDistrict(PLATFORM_ADMIN, "panlong", "盘龙区", "another-admin")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("tenant-exists")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已有分组 /panlong").contains("cannot be onboarded twice"));
        onboardStreet(PLATFORM_ADMIN, DemoTenants.PANLONG, "jinchen", "金辰街道", "another-admin")
                .expectStatus().isEqualTo(409);

        realm.existing("jinchen-editor", "/panlong/jinchen", "street-editor");
        onboardStreet(PLATFORM_ADMIN, DemoTenants.PANLONG, "dongfeng", "东风街道", "jinchen-editor")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("username-taken");
        assertThat(realm.group("/panlong/dongfeng")).as("nothing is left half-made").isEmpty();

        onboardStreet(PLATFORM_ADMIN, TenantIds.district(DemoTenants.NAMESPACE, "nowhere"), "dongfeng", "东风街道", "dongfeng-admin").expectStatus().isNotFound();
        onboardStreet(PLATFORM_ADMIN, DemoTenants.JINCHEN, "dongfeng", "东风街道", "dongfeng-admin")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("not-a-district");
    }

    @Test
    void aDisabledStreetsPeopleAreSignedOutAndRefusedWhileItsDataStaysAndEnablingLetsBackOnlyThoseItStopped() {
        String editor = realm.existing("jinchen-editor", "/panlong/jinchen", "street-editor");
        String alreadyOff = realm.existing("jinchen-former", "/panlong/jinchen", "street-editor");
        realm.setEnabled(alreadyOff, false);
        String tuodong = realm.existing("tuodong-editor", "/panlong/tuodong", "street-editor");
        WebTestClientConfigurer jinchen = Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN);
        String projectId = (String) web.mutateWith(jinchen).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "DIS-001", "name", "停用前登记的项目", "year", 2023,
                        "competentDepartment", "金辰街道办事处", "implementingUnit", "金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/{id}/disable", DemoTenants.JINCHEN).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DISABLED");

        assertThat(realm.stored(editor).account().enabled()).isFalse();
        assertThat(realm.stored(editor).sessionsEnded()).isEqualTo(1);
        assertThat(realm.stored(tuodong).account().enabled()).as("another street").isTrue();
        // the token the editor still holds is refused by project-service until it expires
        web.mutateWith(jinchen).get().uri("/api/projects/{id}", projectId).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已停用").contains("disabled"));
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).get().uri("/api/projects").exchange()
                .expectStatus().isOk();

        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/{id}/enable", DemoTenants.JINCHEN).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ENABLED");

        assertThat(realm.stored(editor).account().enabled()).isTrue();
        assertThat(realm.stored(alreadyOff).account().enabled()).as("disabled before, by someone else").isFalse();
        web.mutateWith(jinchen).get().uri("/api/projects/{id}", projectId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("停用前登记的项目");
        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/tenants/{id}/audit", DemoTenants.JINCHEN).exchange()
                .expectBody().jsonPath("$[*].action").isEqualTo(List.of("tenant-disabled", "tenant-enabled"));
    }

    @Test
    void disablingADistrictStopsItsOwnPeopleAndEveryStreetsPeople() {
        String overseer = realm.existing("panlong-overseer", "/panlong", "district-overseer");
        String editor = realm.existing("tuodong-editor", "/panlong/tuodong", "street-editor");
        String otherDistrict = realm.existing("huashan-editor", "/wuhua/huashan", "street-editor");

        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/{id}/disable", DemoTenants.PANLONG).exchange()
                .expectStatus().isOk();

        assertThat(realm.stored(overseer).account().enabled()).isFalse();
        assertThat(realm.stored(editor).account().enabled()).isFalse();
        assertThat(realm.stored(otherDistrict).account().enabled()).isTrue();
        web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get().uri("/api/projects").exchange().expectStatus().isForbidden();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).get().uri("/api/projects").exchange().expectStatus().isForbidden();
        web.mutateWith(Tokens.streetEditor(WUHUA, HUASHAN)).get().uri("/api/projects").exchange().expectStatus().isOk();
        onboardStreet(PLATFORM_ADMIN, DemoTenants.PANLONG, "dongfeng", "东风街道", "dongfeng-admin")
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("tenant-disabled");
    }

    static WebTestClientConfigurer districtAdmin(String district) {
        return Tokens.issuedBy(REALM, district + "-admin", "/" + district, "district-admin");
    }

    private WebTestClient.ResponseSpec onboardDistrict(WebTestClientConfigurer who, String name, String displayName, String admin) {
        return web.mutateWith(who).post().uri("/api/tenants/districts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request(name, displayName, admin)).exchange();
    }

    private WebTestClient.ResponseSpec onboardStreet(WebTestClientConfigurer who, String districtId, String name,
                                                     String displayName, String admin) {
        return web.mutateWith(who).post().uri("/api/tenants/{district}/streets", districtId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request(name, displayName, admin)).exchange();
    }

    private static Map<String, Object> request(String name, String displayName, String admin) {
        return Map.of("name", name, "displayName", displayName,
                "administrator", Map.of("username", admin, "firstName", "春燕", "lastName", "孙", "email", admin + "@example.com"));
    }
}
