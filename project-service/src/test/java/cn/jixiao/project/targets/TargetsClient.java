package cn.jixiao.project.targets;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.IndicatorTreeView;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;

/** The targets API, and the few project and indicator calls its specifications start from. */
public final class TargetsClient {

    private final WebTestClient web;

    public TargetsClient(WebTestClient web) {
        this.web = web;
    }

    /** A fresh project of the editor's street with this tree defined; returns its id. */
    public String projectWith(WebTestClientConfigurer editor, DefineIndicators tree) {
        String project = web.mutateWith(editor).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("MB-" + UUID.randomUUID().toString().substring(0, 8),
                        "创建全省民族团结进步示范街道专项资金", 2023, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
        define(editor, project, tree).expectStatus().isOk();
        return project;
    }

    public WebTestClient.ResponseSpec define(WebTestClientConfigurer editor, String projectId, DefineIndicators tree) {
        return web.mutateWith(editor).put().uri("/api/projects/{id}/indicators", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(tree).exchange();
    }

    public IndicatorTreeView tree(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/projects/{id}/indicators", projectId).exchange()
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec get(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/projects/{id}/targets", projectId).exchange();
    }

    public TargetsView targets(WebTestClientConfigurer user, String projectId) {
        return get(user, projectId).expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec submit(WebTestClientConfigurer user, String projectId, Long version) {
        return step(user, projectId, "submission", version, null);
    }

    public WebTestClient.ResponseSpec returnToStreet(WebTestClientConfigurer user, String projectId, Long version,
                                                     String comment) {
        return step(user, projectId, "return", version, comment);
    }

    public WebTestClient.ResponseSpec approve(WebTestClientConfigurer user, String projectId, Long version,
                                              String comment) {
        return step(user, projectId, "approval", version, comment);
    }

    /** Submits with the version read and expects it to go through. */
    public TargetsView submitted(WebTestClientConfigurer user, String projectId) {
        return submit(user, projectId, targets(user, projectId).version()).expectStatus().isOk()
                .expectBody(TargetsView.class).returnResult().getResponseBody();
    }

    /** Approves with the version read and expects it to go through. */
    public TargetsView approved(WebTestClientConfigurer overseer, String projectId, String comment) {
        return approve(overseer, projectId, targets(overseer, projectId).version(), comment).expectStatus().isOk()
                .expectBody(TargetsView.class).returnResult().getResponseBody();
    }

    /** Files a 目标调整 request: the reason and the whole proposed tree, on the version read. */
    public WebTestClient.ResponseSpec requestAdjustment(WebTestClientConfigurer user, String projectId, Long version,
                                                        String reason, java.util.List<IndicatorInput> proposed) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        body.put("reason", reason);
        body.put("indicators", proposed);
        return web.mutateWith(user).post().uri("/api/projects/{id}/targets/adjustments", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec approveAdjustment(WebTestClientConfigurer user, String projectId, Long version,
                                                        String comment) {
        return step(user, projectId, "adjustments/approval", version, comment);
    }

    public WebTestClient.ResponseSpec returnAdjustment(WebTestClientConfigurer user, String projectId, Long version,
                                                       String comment) {
        return step(user, projectId, "adjustments/return", version, comment);
    }

    /** A project of the editor's street whose targets the overseer approved as they were first defined. */
    public String approvedProject(WebTestClientConfigurer editor, WebTestClientConfigurer overseer, DefineIndicators tree) {
        String project = projectWith(editor, tree);
        submitted(editor, project);
        approved(overseer, project, null);
        return project;
    }

    private WebTestClient.ResponseSpec step(WebTestClientConfigurer user, String projectId, String path, Long version,
                                            String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return web.mutateWith(user).post().uri("/api/projects/{id}/targets/" + path, projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
