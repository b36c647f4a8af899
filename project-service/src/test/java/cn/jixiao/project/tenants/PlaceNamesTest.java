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

import static cn.jixiao.project.tenants.TenantOnboardingTest.HUASHAN;
import static cn.jixiao.project.tenants.TenantOnboardingTest.PLATFORM_ADMIN;
import static cn.jixiao.project.tenants.TenantOnboardingTest.WUHUA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/tenants/names: the Chinese names of the districts and streets each signed-in person may see, under
 * the very ids the services answer with. Specified with the demo realm in memory (盘龙区 with 金辰 and 拓东,
 * 五华区 with 华山), its groups not yet in the register.
 */
@ServiceTest
@Import(RealmInMemory.class)
class PlaceNamesTest {

    static final Map<String, Object> JINCHEN = street(DemoTenants.JINCHEN, "金辰街道", false);
    static final Map<String, Object> TUODONG = street(DemoTenants.TUODONG, "拓东街道", false);

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
    void aStreetsPeopleSeeTheirDistrictAndTheirOwnStreetOnly() {
        for (WebTestClientConfigurer jinchen : List.of(
                Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN),
                Tokens.issuedBy(TenantOnboardingTest.REALM, "jinchen-approver", "/panlong/jinchen", "street-approver"))) {
            assertThat(names(jinchen)).isEqualTo(List.of(district(DemoTenants.PANLONG, "盘龙区", false, JINCHEN)));
        }
        assertThat(body(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)))
                .as("not even the name of a sibling street").doesNotContain("金辰", DemoTenants.JINCHEN, "五华", "华山");
    }

    @Test
    void aDistrictsPeopleSeeTheirDistrictWithAllItsStreetsAndNeverASiblingDistrict() {
        for (WebTestClientConfigurer panlong : List.of(Tokens.overseer(DemoTenants.PANLONG), Tokens.auditor(DemoTenants.PANLONG),
                TenantOnboardingTest.districtAdmin("panlong"))) {
            assertThat(names(panlong)).isEqualTo(List.of(district(DemoTenants.PANLONG, "盘龙区", false, JINCHEN, TUODONG)));
        }
        assertThat(body(TenantOnboardingTest.districtAdmin("wuhua"))).doesNotContain("盘龙", DemoTenants.PANLONG, "金辰", "拓东");
        assertThat(names(Tokens.overseer(WUHUA)))
                .isEqualTo(List.of(district(WUHUA, "五华区", false, street(HUASHAN, "华山街道", false))));
    }

    @Test
    void thePlatformAdministratorSeesEveryDistrictWithItsStreets() {
        assertThat(names(PLATFORM_ADMIN)).isEqualTo(List.of(
                district(DemoTenants.PANLONG, "盘龙区", false, JINCHEN, TUODONG),
                district(WUHUA, "五华区", false, street(HUASHAN, "华山街道", false))));
    }

    @Test
    void theIdsAreTheOnesTheProjectsCarry() {
        WebTestClientConfigurer editor = Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN);
        Map<?, ?> project = web.mutateWith(editor).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "NAM-001", "name", "街巷路灯改造", "year", 2023,
                        "competentDepartment", "金辰街道办事处", "implementingUnit", "金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> district = (Map<?, ?>) names(Tokens.overseer(DemoTenants.PANLONG)).get(0);
        assertThat(district.get("id")).isEqualTo(project.get("districtId"));
        assertThat(((List<?>) district.get("streets")).stream().<Object>map(street -> ((Map<?, ?>) street).get("id")))
                .contains(project.get("streetId"));
    }

    @Test
    void aDisabledStreetIsStillNamedAndMarkedDisabled() {
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/{id}/disable", DemoTenants.TUODONG).exchange()
                .expectStatus().isOk();

        assertThat(names(Tokens.auditor(DemoTenants.PANLONG))).isEqualTo(List.of(
                district(DemoTenants.PANLONG, "盘龙区", false, JINCHEN, street(DemoTenants.TUODONG, "拓东街道", true))));
    }

    @Test
    void aDisabledDistrictIsNamedForThePlatformAdministratorWhileItsPeopleAreRefused() {
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/tenants/{id}/disable", WUHUA).exchange().expectStatus().isOk();

        assertThat(names(PLATFORM_ADMIN)).contains(district(WUHUA, "五华区", true, street(HUASHAN, "华山街道", false)));
        web.mutateWith(Tokens.overseer(WUHUA)).get().uri("/api/tenants/names").exchange().expectStatus().isForbidden();
    }

    @Test
    void theRegisterAnswersOnceItKnowsTheCallersTenantWithoutAskingTheRealmAgain() {
        names(Tokens.overseer(DemoTenants.PANLONG));
        realm.reset();
        realm.createDistrictGroup("dongchuan", "东川区");

        assertThat(names(Tokens.overseer(DemoTenants.PANLONG))).hasSize(1);
        assertThat(body(PLATFORM_ADMIN)).as("the platform's list takes new groups in").contains("东川区");
    }

    @Test
    void someoneOfAnotherRealmOrOfNoDistrictSeesNoNamesAndAnonymousIsRefused() {
        assertThat(names(Tokens.issuedBy(Tokens.REALM_ISSUER_BASE + "other", "panlong-overseer", "/panlong", "district-overseer")))
                .isEmpty();
        assertThat(names(Tokens.issuedBy(Tokens.REALM_ISSUER_BASE + "other", "platform-admin", null, "platform-admin"))).isEmpty();
        assertThat(names(Tokens.issuedBy(TenantOnboardingTest.REALM, "nobody", null, "street-editor"))).isEmpty();
        web.get().uri("/api/tenants/names").exchange().expectStatus().isUnauthorized();
    }

    @SuppressWarnings("unchecked")
    private List<Object> names(WebTestClientConfigurer who) {
        Map<?, ?> answer = web.mutateWith(who).get().uri("/api/tenants/names").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Object>) answer.get("districts");
    }

    private String body(WebTestClientConfigurer who) {
        return web.mutateWith(who).get().uri("/api/tenants/names").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @SafeVarargs
    private static Map<String, Object> district(String id, String name, boolean disabled, Map<String, Object>... streets) {
        return Map.of("id", id, "name", name, "disabled", disabled, "streets", List.of(streets));
    }

    private static Map<String, Object> street(String id, String name, boolean disabled) {
        return Map.of("id", id, "name", name, "disabled", disabled);
    }
}
