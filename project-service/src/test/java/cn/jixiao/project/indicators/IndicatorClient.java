package cn.jixiao.project.indicators;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;

/** The indicator API as the service tests call it. */
final class IndicatorClient {

    private final WebTestClient web;

    IndicatorClient(WebTestClient web) {
        this.web = web;
    }

    /** Registers a fresh project of the editor's street and returns its id. */
    String register(WebTestClientConfigurer editor) {
        return web.mutateWith(editor).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("IND-" + UUID.randomUUID().toString().substring(0, 8),
                        "创建全省民族团结进步示范街道专项资金", 2023, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    WebTestClient.ResponseSpec define(WebTestClientConfigurer user, String projectId, DefineIndicators request) {
        return web.mutateWith(user).put().uri("/api/projects/{id}/indicators", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    IndicatorTreeView defined(WebTestClientConfigurer user, String projectId, DefineIndicators request) {
        return define(user, projectId, request).expectStatus().isOk()
                .expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec get(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/projects/{id}/indicators", projectId).exchange();
    }

    IndicatorTreeView tree(WebTestClientConfigurer user, String projectId) {
        return get(user, projectId).expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec report(WebTestClientConfigurer user, String projectId, String indicatorId, ReportActual actual) {
        return web.mutateWith(user).put().uri("/api/projects/{id}/indicators/{indicator}/actual", projectId, indicatorId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(actual).exchange();
    }

    WebTestClient.ResponseSpec reportAll(WebTestClientConfigurer user, String projectId, ReportActuals actuals) {
        return web.mutateWith(user).put().uri("/api/projects/{id}/indicators/actuals", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(actuals).exchange();
    }
}
