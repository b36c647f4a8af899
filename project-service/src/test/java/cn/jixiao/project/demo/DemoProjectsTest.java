package cn.jixiao.project.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.project.project.ProjectPage;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ActiveProfiles("demo")
class DemoProjectsTest {

    @Autowired
    WebTestClient web;

    @Autowired
    DemoProjects demo;

    @Test
    void eachDemoStreetHasItsProjectAndARestartAddsNothing() {
        demo.run(new DefaultApplicationArguments());

        List<ProjectView> all = web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/projects?year=2023")
                .exchange().expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody().items();
        assertThat(all).extracting(ProjectView::streetId, ProjectView::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("jinchen", "530103-2023-MZTJ-001"),
                org.assertj.core.groups.Tuple.tuple("tuodong", "530103-2023-LHSQ-001"));
        assertThat(all).filteredOn(p -> p.streetId().equals("jinchen")).singleElement()
                .extracting(ProjectView::name).isEqualTo("创建全省民族团结进步示范街道专项资金");
    }
}
