package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.project.budget.FundingSource.CURRENT_YEAR_APPROPRIATION;
import static cn.jixiao.project.budget.Money.decimal;

/** Drives the budget API as Jinchen's street editor does, with the seed's figures. */
final class BudgetClient {

    static final WebTestClientConfigurer JINCHEN_EDITOR = Tokens.streetEditor("panlong", "jinchen");

    /** Reads problem+json with exact decimals, so the sums shown can be compared to the fen. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final WebTestClient web;

    BudgetClient(WebTestClient web) {
        // the first request of a fresh context can take seconds on a busy build machine; a refusal is still immediate
        this.web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A Jinchen 2023 project, as the seed's street registers it; returns its id. */
    String register(String code) {
        ProjectView project = web.mutateWith(JINCHEN_EDITOR).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody();
        return project.id();
    }

    /** The seed: 年初预算数 2,000,000.00 元, all 本年财政拨款, all 30227 委托业务费. */
    static SetBudget seed(Long version) {
        return new SetBudget(version, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.00"), decimal("2000000.00"))),
                List.of(new ClassificationRow("30227", decimal("2000000.00"))));
    }

    /** An adjustment of the seed budget, all of it 本年财政拨款 and 委托业务费, which brings it to {@code fullYear}. */
    static AddAdjustment adjustment(long version, String date, String amount, String reason, String fullYear) {
        return new AddAdjustment(version, new AdjustmentRow(LocalDate.parse(date), decimal(amount), reason),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.00"), decimal(fullYear))),
                List.of(new ClassificationRow("30227", decimal(fullYear))));
    }

    WebTestClient.ResponseSpec set(String projectId, Object request) {
        return set(JINCHEN_EDITOR, projectId, request);
    }

    WebTestClient.ResponseSpec set(WebTestClientConfigurer user, String projectId, Object request) {
        return web.mutateWith(user).put().uri("/api/projects/{id}/budget", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    WebTestClient.ResponseSpec adjust(String projectId, Object request) {
        return adjust(JINCHEN_EDITOR, projectId, request);
    }

    WebTestClient.ResponseSpec adjust(WebTestClientConfigurer user, String projectId, Object request) {
        return web.mutateWith(user).post().uri("/api/projects/{id}/budget/adjustments", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    WebTestClient.ResponseSpec get(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/projects/{id}/budget", projectId).exchange();
    }

    /** The project's audit trail as the district's auditor reads it. */
    @SuppressWarnings("rawtypes")
    List<Map> auditTrail(String projectId) {
        return web.mutateWith(Tokens.auditor("panlong")).get().uri("/api/projects/{id}/audit", projectId).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody();
    }

    static BudgetView view(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(BudgetView.class).returnResult().getResponseBody();
    }

    /** The problem+json of a 400, read with exact decimals. */
    static JsonNode badRequest(WebTestClient.ResponseSpec response) {
        byte[] body = response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();
        return EXACT.readTree(body);
    }

    static BigDecimal exact(JsonNode node, String pointer) {
        return node.at(pointer).decimalValue();
    }
}
