package cn.jixiao.project.project;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant is (issuer, district, street): streets of the same name in two districts, or the same group tree
 * in two trusted realms, are different tenants that neither collide nor see each other.
 */
@ServiceTest
class QualifiedTenantsTest {

    private static final WebTestClientConfigurer PANLONG_JINCHEN = Tokens.streetEditor("jixiao:panlong", "jixiao:panlong:jinchen");
    private static final WebTestClientConfigurer WUHUA_JINCHEN = Tokens.streetEditor("jixiao:wuhua", "jixiao:wuhua:jinchen");
    private static final WebTestClientConfigurer OTHER_REALM_JINCHEN = Tokens.streetEditor("yunnan:panlong", "yunnan:panlong:jinchen");

    @Autowired
    WebTestClient web;

    @Test
    void streetsOfTheSameNameInTwoDistrictsRegisterTheSameCodeAndYearEachForItself() {
        ProjectView panlong = register(PANLONG_JINCHEN, "QT-SAME-001");
        ProjectView wuhua = register(WUHUA_JINCHEN, "QT-SAME-001");

        assertThat(panlong.streetId()).isEqualTo("jixiao:panlong:jinchen");
        assertThat(wuhua.streetId()).isEqualTo("jixiao:wuhua:jinchen");
        web.mutateWith(WUHUA_JINCHEN).get().uri("/api/projects/{id}", panlong.id()).exchange().expectStatus().isNotFound();
        web.mutateWith(PANLONG_JINCHEN).get().uri("/api/projects/{id}", wuhua.id()).exchange().expectStatus().isNotFound();
    }

    @Test
    void theSameGroupTreeInASecondTrustedRealmIsAnotherTenant() {
        ProjectView home = register(PANLONG_JINCHEN, "QT-REALM-001");
        ProjectView other = register(OTHER_REALM_JINCHEN, "QT-REALM-001");

        assertThat(other.districtId()).isEqualTo("yunnan:panlong");
        web.mutateWith(OTHER_REALM_JINCHEN).get().uri("/api/projects/{id}", home.id()).exchange().expectStatus().isNotFound();
        web.mutateWith(Tokens.overseer("yunnan:panlong")).get().uri("/api/projects/{id}", home.id())
                .exchange().expectStatus().isNotFound();
        web.mutateWith(Tokens.overseer("jixiao:panlong")).get().uri("/api/projects/{id}", other.id())
                .exchange().expectStatus().isNotFound();
        ProjectPage homeDistrict = web.mutateWith(Tokens.overseer("jixiao:panlong")).get().uri("/api/projects?size=100")
                .exchange().expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody();
        assertThat(homeDistrict.items()).extracting(ProjectView::districtId).containsOnly("jixiao:panlong");
    }

    private ProjectView register(WebTestClientConfigurer editor, String code) {
        return web.mutateWith(editor).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "社区睦邻家园建设专项资金", 2023, "街道办事处", "街道办事处"))
                .exchange().expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody();
    }
}
