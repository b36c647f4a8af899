package cn.jixiao.project.demo;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.project.project.ProjectPage;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.tenancy.DemoTenants;
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

        List<ProjectView> all = projects();
        assertThat(all).extracting(ProjectView::streetId, ProjectView::code).containsExactlyInAnyOrder(
                Tuple.tuple(DemoTenants.JINCHEN, "530103-2023-MZTJ-001"),
                Tuple.tuple(DemoTenants.TUODONG, "530103-2023-LHSQ-001"));
    }

    @Test
    void theJinchenProjectIsTheSeedReportsProjectInFull() {
        ProjectView jinchen = projects().stream().filter(p -> p.streetId().equals(DemoTenants.JINCHEN)).findFirst().orElseThrow();

        assertThat(jinchen.name()).isEqualTo("创建全省民族团结进步示范街道专项资金");
        assertThat(jinchen.details().annualGoals()).hasSize(4)
                .first().asString().startsWith("加强党建引领，推动民族团结进步工作深入开展。");
        assertThat(jinchen.details().overview()).contains("现常住人口达 17 万余人");

        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/budget", jinchen.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.fullYearBudget.wan").isEqualTo(200.00)
                .jsonPath("$.byClassification[0].code").isEqualTo("30227")
                .jsonPath("$.byClassification[0].name").isEqualTo("委托业务费");
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/ledger/summary", jinchen.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entryCount").isEqualTo(30)
                .jsonPath("$.executed").isEqualTo(2000000.00)
                .jsonPath("$.executionRate").isEqualTo(100.00);
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/indicators", jinchen.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.categories.length()").isEqualTo(3)
                .jsonPath("$.categories[*].dimensions[*].indicators[*].actual.text").value(actuals ->
                        assertThat(actuals.toString()).contains("9次"));
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/evidence", jinchen.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(6)
                .jsonPath("$[0].title").isEqualTo("绩效评价指标体系")
                .jsonPath("$[5].title").isEqualTo("绩效目标申报表")
                .jsonPath("$[0].contentType").isEqualTo("application/pdf")
                .jsonPath("$[5].number").isEqualTo(6);
    }

    @Test
    void theTuodongProjectIsEnteredInFullAndFallsShortInPlaces() {
        demo.run(new DefaultApplicationArguments());
        ProjectView tuodong = projects().stream().filter(p -> p.streetId().equals(DemoTenants.TUODONG)).findFirst().orElseThrow();

        assertThat(tuodong.details().overallGoal()).contains("人居环境");
        assertThat(tuodong.details().annualGoals()).hasSize(3);
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/budget", tuodong.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.fullYearBudget.wan").isEqualTo(150.00)
                .jsonPath("$.byClassification[*].code").value(codes -> assertThat(codes.toString()).contains("30213", "30227"));
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/ledger/summary", tuodong.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entryCount").isEqualTo(16)
                .jsonPath("$.executed").isEqualTo(1275000.00)
                .jsonPath("$.executionRate").isEqualTo(85.00);
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/projects/{id}/indicators", tuodong.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.categories.length()").isEqualTo(3)
                .jsonPath("$.categories[*].dimensions[*].indicators[*].actual.text").value(actuals ->
                        assertThat(actuals.toString()).contains("8件", "10800平方米", "86%"));
    }

    private List<ProjectView> projects() {
        return web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get().uri("/api/projects?year=2023")
                .exchange().expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody().items();
    }
}
