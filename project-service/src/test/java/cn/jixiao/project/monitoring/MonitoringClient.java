package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.project.rectification.ProjectRectifications;

import static cn.jixiao.project.ApiSpecification.JINCHEN;

/**
 * The 绩效运行监控 endpoints as the tests call them, and Jinchen's project they monitor: a budget of 2,000,000, 580,000
 * spent by 30 June 2023 (and 300,000 in July), ≥10 activities and ≥90% satisfaction.
 */
final class MonitoringClient {

    private final WebTestClient web;

    MonitoringClient(WebTestClient web) {
        this.web = web;
    }

    String jinchenProject() {
        String project = web.mutateWith(JINCHEN).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("JK-" + UUID.randomUUID().toString().substring(0, 8),
                        "创建全省民族团结进步示范街道专项资金", 2023, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
        web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/indicators", project)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new DefineIndicators(null, List.of(
                        new IndicatorInput("activities", IndicatorCategory.OUTPUT, IndicatorDimension.QUANTITY,
                                "开展民族团结进步主题活动次数", "≥10次", IndicatorDirection.POSITIVE, new BigDecimal("20"), "活动台账"),
                        new IndicatorInput("satisfaction", IndicatorCategory.SATISFACTION,
                                IndicatorDimension.BENEFICIARY_SATISFACTION, "群众满意度", "≥90%",
                                IndicatorDirection.POSITIVE, new BigDecimal("10"), "问卷调查"))))
                .exchange().expectStatus().isOk();
        web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/budget", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("initialBudget", new BigDecimal("2000000.00"),
                        "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION",
                                "initial", new BigDecimal("2000000.00"), "fullYear", new BigDecimal("2000000.00"))),
                        "byClassification", List.of(Map.of("code", "30227", "amount", new BigDecimal("2000000.00")))))
                .exchange().expectStatus().isOk();
        spend(project, "2023-03-15", "500000.00", "JK-1");
        spend(project, "2023-06-30", "80000.00", "JK-2");
        spend(project, "2023-07-01", "300000.00", "JK-3");
        return project;
    }

    WebTestClient.ResponseSpec setBudget(String project, Long version, List<BigDecimal> monthlyPlan) {
        return web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/budget", project)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version, "initialBudget", new BigDecimal("2000000.00"),
                        "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION",
                                "initial", new BigDecimal("2000000.00"), "fullYear", new BigDecimal("2000000.00"))),
                        "byClassification", List.of(Map.of("code", "30227", "amount", new BigDecimal("2000000.00"))),
                        "monthlyPlan", monthlyPlan))
                .exchange();
    }

    void spend(String project, String date, String amount, String voucher) {
        web.mutateWith(JINCHEN).post().uri("/api/projects/{id}/expenditures", project)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date, "amount", new BigDecimal(amount), "classificationCode", "30227",
                        "payee", "昆明市盘龙区民族文化传播有限公司", "voucherNo", voucher, "summary", "民族团结进步示范宣传活动委托费"))
                .exchange().expectStatus().is2xxSuccessful();
    }

    WebTestClient.ResponseSpec openRequest(WebTestClientConfigurer user, Map<String, Object> body) {
        return web.mutateWith(user).post().uri("/api/monitoring/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    MonitoringRound open(WebTestClientConfigurer user, String name, String asOf, String due, BigDecimal margin) {
        Map<String, Object> body = margin == null ? Map.of("name", name, "asOf", asOf, "dueDate", due)
                : Map.of("name", name, "asOf", asOf, "dueDate", due, "marginPoints", margin);
        return openRequest(user, body).expectStatus().isCreated().expectBody(MonitoringRound.class).returnResult()
                .getResponseBody();
    }

    List<MonitoringRound> rounds(WebTestClientConfigurer user) {
        return web.mutateWith(user).get().uri("/api/monitoring/rounds").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<MonitoringRound>>() {
                }).returnResult().getResponseBody();
    }

    RoundDashboard dashboard(WebTestClientConfigurer user, String roundId) {
        return web.mutateWith(user).get().uri("/api/monitoring/rounds/{id}", roundId).exchange().expectStatus().isOk()
                .expectBody(RoundDashboard.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec get(WebTestClientConfigurer user, String project, String roundId) {
        return web.mutateWith(user).get().uri("/api/projects/{p}/monitoring/{r}", project, roundId).exchange();
    }

    MonitoringForm form(WebTestClientConfigurer user, String project, String roundId) {
        return get(user, project, roundId).expectStatus().isOk().expectBody(MonitoringForm.class).returnResult()
                .getResponseBody();
    }

    WebTestClient.ResponseSpec fill(WebTestClientConfigurer user, String project, String roundId, Long version,
                                            Explanation spending, List<IndicatorEntry> entries) {
        return web.mutateWith(user).put().uri("/api/projects/{p}/monitoring/{r}", project, roundId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new FillMonitoring(version, spending, entries))
                .exchange();
    }

    WebTestClient.ResponseSpec step(WebTestClientConfigurer user, String project, String roundId, String step,
                                            Long version, String comment) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/monitoring/{r}/" + step, project, roundId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new TakeMonitoringStep(version, comment)).exchange();
    }

    /** The project's 整改 items, some opened from the district's review of its forms. */
    ProjectRectifications rectifications(WebTestClientConfigurer user, String project) {
        return web.mutateWith(user).get().uri("/api/projects/{p}/rectifications", project).exchange()
                .expectStatus().isOk().expectBody(ProjectRectifications.class).returnResult().getResponseBody();
    }
}
