package cn.jixiao.project.project;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectListTest {

    @Autowired
    WebTestClient web;

    @BeforeAll
    void projectsOfTwoStreetsAndTwoYears() {
        register(Tokens.user("xishan-a-editor", "/xishan/mayuan", "street-editor"), "LIST-001", "马园社区绿化", 2023);
        register(Tokens.user("xishan-a-editor", "/xishan/mayuan", "street-editor"), "LIST-002", "马园养老服务", 2024);
        register(Tokens.user("xishan-b-editor", "/xishan/bihai", "street-editor"), "LIST-003", "碧海社区绿化", 2023);
    }

    @Test
    void aStreetListsOnlyItsOwnProjectsNewestYearFirst() {
        ProjectPage page = list(Tokens.user("xishan-a-editor", "/xishan/mayuan", "street-editor"), "");

        assertThat(page.items()).extracting(ProjectView::code).containsExactly("LIST-002", "LIST-001");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void theDistrictFiltersByStreetYearAndText() {
        WebTestClientConfigurer overseer = Tokens.overseer("xishan");

        assertThat(list(overseer, "").total()).isEqualTo(3);
        assertThat(list(overseer, "?streetId=bihai").items()).extracting(ProjectView::code).containsExactly("LIST-003");
        // within a year, by street (bihai before mayuan), then by code
        assertThat(list(overseer, "?year=2023").items()).extracting(ProjectView::code).containsExactly("LIST-003", "LIST-001");
        assertThat(list(overseer, "?q=绿化").items()).extracting(ProjectView::code).containsExactly("LIST-003", "LIST-001");
        assertThat(list(overseer, "?q=list-00").total()).as("codes match whatever the case").isEqualTo(3);
        assertThat(list(overseer, "?q=.*").total()).as("typed text is literal, not a pattern").isZero();
    }

    @Test
    void pagesCarryTheTotal() {
        ProjectPage second = list(Tokens.overseer("xishan"), "?size=2&page=1");

        assertThat(second.items()).hasSize(1);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
    }

    @Test
    void anAbsurdPageSizeIsRefused() {
        web.mutateWith(Tokens.overseer("xishan")).get().uri("/api/projects?size=100000")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ProjectPage list(WebTestClientConfigurer user, String query) {
        return web.mutateWith(user).get().uri("/api/projects" + query).exchange()
                .expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody();
    }

    private void register(WebTestClientConfigurer user, String code, String name, int year) {
        web.mutateWith(user).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, name, year, "西山区某街道办事处", "西山区某街道办事处"))
                .exchange().expectStatus().isCreated();
    }
}
