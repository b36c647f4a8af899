package cn.jixiao.project.project;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ProjectDetailsTest {

    @Autowired
    WebTestClient web;

    static final ProjectDetails SEED = new ProjectDetails("创建全省民族团结进步示范街道专项资金",
            "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处", "专项资金", List.of("区级财政资金"),
            LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "金辰街道是一个人口众多、民族多元的地区……",
            "全面推进民族团结进步“十百千万”工程……",
            List.of("加强党建引领，推动民族团结进步工作深入开展。", "推动经济发展，打造民族团结进步创建“进商圈”样板。"),
            ProjectStatus.IN_PROGRESS);

    @Test
    void anEditorChangesTheDetailsOnTopOfTheVersionTheyRead() {
        ProjectView project = register("DT-001");

        ProjectView changed = update(project.id(), project.version(), SEED).expectStatus().isOk()
                .expectBody(ProjectView.class).returnResult().getResponseBody();

        assertThat(changed.details()).isEqualTo(SEED);
        assertThat(changed.version()).isEqualTo(project.version() + 1);
    }

    @Test
    void theSecondOfTwoConcurrentChangesIsRefusedWith409AndChangesNothing() {
        ProjectView project = register("DT-002");
        update(project.id(), project.version(), SEED).expectStatus().isOk();

        ProjectDetails other = new ProjectDetails("别人的修改", SEED.competentDepartment(), SEED.implementingUnit(), null,
                List.of(), null, null, null, null, List.of(), ProjectStatus.REGISTERED);
        update(project.id(), project.version(), other)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");

        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/projects/{id}", project.id())
                .exchange().expectBody().jsonPath("$.name").isEqualTo(SEED.name());
    }

    @Test
    void anotherStreetCannotChangeTheProjectAndAnImplementationEndingBeforeItStartsIsRefused() {
        ProjectView project = register("DT-003");
        web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).put().uri("/api/projects/{id}", project.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new UpdateProjectDetails(project.version(), SEED))
                .exchange().expectStatus().isNotFound();

        ProjectDetails backwards = new ProjectDetails(SEED.name(), SEED.competentDepartment(), SEED.implementingUnit(),
                null, List.of(), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), null, null, List.of(),
                ProjectStatus.IN_PROGRESS);
        update(project.id(), project.version(), backwards).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("实施期结束日期不能早于开始日期"));
    }

    @Test
    void auditorsReadWhoChangedWhatBeforeAndAfterButStreetsDoNot() {
        ProjectView project = register("DT-004");
        update(project.id(), project.version(), SEED).expectStatus().isOk();

        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                .get().uri("/api/projects/{id}/audit", project.id()).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 2);

        assertThat(trail).extracting(entry -> entry.get("action")).containsExactly("registered", "updated");
        Map<?, ?> updated = trail.get(1);
        assertThat(updated.get("actor")).isEqualTo("panlong-jinchen-editor");
        assertThat(updated.get("tenantId")).isEqualTo("jinchen");
        assertThat(((Map<?, ?>) updated.get("before")).get("status")).isEqualTo("REGISTERED");
        assertThat(((Map<?, ?>) updated.get("after")).get("status")).isEqualTo("IN_PROGRESS");

        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/projects/{id}/audit", project.id())
                .exchange().expectStatus().isForbidden();
    }

    private ProjectView register(String code) {
        return web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "待完善的项目", 2023, "昆明市盘龙区人民政府金辰街道办事处",
                        "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec update(String id, long version, ProjectDetails details) {
        return web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).put().uri("/api/projects/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new UpdateProjectDetails(version, details))
                .exchange();
    }
}
