package cn.jixiao.systemtests.isolation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Creates through the gateway, with the street's own editor, one of everything a route can name: a project with
 * its budget, indicators and evidence, a rejected ledger import, the self-evaluation with a survey, a stored draft
 * report, and the district's own copy of the evaluation template.
 */
final class StreetSetup {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The route by which a district administrator opens a street account. */
    static final String OPEN_ACCOUNT = "POST /api/tenants/{streetId}/accounts";

    private final WebTestClient gateway;
    private final Function<String, String> tokens;
    private final boolean streetAccounts;
    private final Map<String, String> templateOfDistrict = new HashMap<>();
    private final Map<String, String> monitoringRoundOfDistrict = new HashMap<>();

    /**
     * @param gateway        the platform's public entry
     * @param tokens         username → access token
     * @param streetAccounts whether the platform opens street accounts, so each street gets one to name
     */
    StreetSetup(WebTestClient gateway, Function<String, String> tokens, boolean streetAccounts) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.streetAccounts = streetAccounts;
    }

    /**
     * @param street    the demo street, e.g. huashan
     * @param editor    its street editor, e.g. huashan-editor
     * @param district  its district, whose demo overseer ({district}-overseer) copies the district's template and
     *                  whose administrator ({district}-admin) opens an account in the street
     * @param unitName  the office that runs the project
     */
    StreetResources create(String street, String editor, String district, String unitName) {
        String token = tokens.apply(editor);
        Map<String, String> resources = new LinkedHashMap<>();
        String code = "ISO-" + street + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<?, ?> project = json(gateway.post().uri("/api/projects"), token, Map.of("code", code,
                "name", "社区睦邻家园建设专项资金", "year", 2023, "competentDepartment", unitName, "implementingUnit", unitName),
                HttpStatus.CREATED);
        String projectId = (String) project.get("id");
        resources.put("projectId", projectId);
        resources.put("projectCode", code);
        resources.put("districtId", (String) project.get("districtId"));
        resources.put("streetId", (String) project.get("streetId"));

        json(gateway.put().uri("/api/projects/{id}/budget", projectId), token, Map.of(
                "initialBudget", new BigDecimal("100000.00"),
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", new BigDecimal("100000.00"),
                        "fullYear", new BigDecimal("100000.00"))),
                "byClassification", List.of(Map.of("code", "30227", "amount", new BigDecimal("100000.00")))), HttpStatus.OK);
        json(gateway.put().uri("/api/projects/{id}/indicators", projectId), token, Map.of("indicators", List.of(
                indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥10次", "50"),
                indicator("participants", "EFFECT", "SOCIAL_BENEFIT", "参与群众人次", "≥1000人次", "30"),
                indicator("satisfaction", "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", "≥90%", "10"))),
                HttpStatus.OK);
        resources.put("indicatorId", "satisfaction");
        resources.put("evidenceId", attachEvidence(token, projectId));
        resources.put("importId", rejectedImport(token, projectId));

        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationOf(token, projectId), id -> id != null);
        resources.put("evaluationId", evaluationId);
        resources.put("surveyId", await().atMost(EVENTUAL).until(() -> defineSurvey(token, evaluationId), id -> id != null));
        resources.put("reportId", storedDraftReport(token, projectId));
        resources.put("templateId", templateOfDistrict.computeIfAbsent(district + "-overseer", this::copyNationalTemplate));
        resources.put("roundId", monitoringRoundOfDistrict.computeIfAbsent(district + "-overseer", this::openMonitoringRound));
        awaitReportServiceKnowsRound(token, projectId, resources.get("roundId"));
        resources.put("rectificationId", openRectification(district + "-overseer", projectId));
        if (streetAccounts) {
            resources.put("accountId", openAccount(district + "-admin", resources.get("streetId"), street));
        }
        return new StreetResources(street, resources);
    }

    /** An account of the street's own for the account routes to disable, enable and remove. */
    private String openAccount(String districtAdmin, String streetId, String street) {
        String username = "iso-" + street + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<?, ?> account = json(gateway.post().uri("/api/tenants/{streetId}/accounts", streetId), tokens.apply(districtAdmin),
                Map.of("person", Map.of("username", username, "firstName", "试", "lastName", "隔离",
                        "email", username + "@example.com"), "roles", List.of("street-editor")),
                HttpStatus.CREATED);
        return (String) account.get("accountId");
    }

    private String attachEvidence(String token, String projectId) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(("%PDF-1.4\n% " + projectId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)))
                .filename("活动台账.pdf").contentType(MediaType.APPLICATION_PDF);
        form.part("type", "BASE_DATA");
        form.part("title", "活动台账");
        Map<?, ?> evidence = gateway.post().uri("/api/projects/{id}/evidence", projectId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build())
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) evidence.get("evidenceId");
    }

    /** A ledger file whose only row has an amount in words: refused, and its annotated workbook kept. */
    private String rejectedImport(String token, String projectId) {
        String csv = "日期,金额（元）,经济分类编码,经济分类名称,收款方,凭证号,摘要\r\n"
                + "2023-03-01,六万八千,30227,委托业务费,某文化传播有限公司,记-ISO-1,主题活动承办费\r\n";
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8))).filename("支出明细.csv")
                .contentType(MediaType.parseMediaType("text/csv"));
        return gateway.post().uri("/api/projects/{id}/expenditures/import", projectId).headers(h -> h.setBearerAuth(token))
                .accept(XLSX, MediaType.APPLICATION_PROBLEM_JSON)
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build())
                .exchange().expectStatus().isBadRequest()
                .returnResult(byte[].class).getResponseHeaders().getFirst("X-Import-Id");
    }

    private String evaluationOf(String token, String projectId) {
        List<?> evaluations = gateway.get().uri("/api/evaluations?projectId={id}", projectId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return evaluations.isEmpty() ? null : (String) ((Map<?, ?>) evaluations.get(0)).get("id");
    }

    /** {@code null} until the evaluation has heard of the satisfaction indicator. */
    private String defineSurvey(String token, String evaluationId) {
        EntityExchangeResult<Map> result = gateway.post().uri("/api/evaluations/{id}/surveys", evaluationId)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "社区居民满意度调查", "indicatorId", "satisfaction",
                        "questions", List.of(Map.of("text", "您对社区睦邻活动的总体评价"))))
                .exchange().expectBody(Map.class).returnResult();
        return result.getStatus().value() == 201 ? (String) result.getResponseBody().get("id") : null;
    }

    /** A draft HTML version, rendered once report-service knows the project. */
    private String storedDraftReport(String token, String projectId) {
        await().atMost(EVENTUAL).until(() -> gateway.post().uri("/api/reports/{id}/renders", projectId)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("formats", List.of("HTML"), "finalReport", false))
                .exchange().returnResult(byte[].class).getStatus().value() == 202);
        return await().atMost(EVENTUAL).until(() -> storedReport(token, projectId), id -> id != null);
    }

    private String storedReport(String token, String projectId) {
        List<?> archives = gateway.get().uri("/api/reports/{id}/archives", projectId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        for (Object archive : archives) {
            if (!((List<?>) ((Map<?, ?>) archive).get("versions")).isEmpty()) {
                return (String) ((Map<?, ?>) archive).get("id");
            }
        }
        return null;
    }

    /** The district's own copy of the first template the platform offers it. */
    private String copyNationalTemplate(String overseer) {
        String token = tokens.apply(overseer);
        List<?> templates = gateway.get().uri("/api/templates").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        String national = (String) ((Map<?, ?>) templates.get(0)).get("id");
        Map<?, ?> copy = json(gateway.post().uri("/api/templates/{id}/copies", national), token,
                Map.of("name", "本区项目支出绩效自评模板"), HttpStatus.CREATED);
        return (String) copy.get("id");
    }

    /** The district's 绩效运行监控 round covering its streets' 2023 projects, opened by its overseer. */
    private String openMonitoringRound(String overseer) {
        Map<?, ?> round = json(gateway.post().uri("/api/monitoring/rounds"), tokens.apply(overseer),
                Map.of("name", "2023年年中绩效监控", "asOf", "2023-06-30", "dueDate", "2023-07-31"), HttpStatus.CREATED);
        return (String) round.get("id");
    }

    /**
     * report-service learns a round from its opening event; until then its 绩效监控表 routes answer 404 to everyone, and
     * the matrix would read an allowed caller's cell as denied. Once it knows the round (and the project), a form not
     * yet submitted is 409 to those who may read it.
     */
    private void awaitReportServiceKnowsRound(String token, String projectId, String roundId) {
        await().atMost(EVENTUAL).until(() -> gateway.get().uri("/api/reports/{id}/monitoring/{roundId}", projectId, roundId)
                .headers(h -> h.setBearerAuth(token)).exchange().returnResult(byte[].class).getStatus().value(), status -> status == 409);
    }

    /** A 整改 item on the street's project, opened by its district's overseer, for the item's routes. */
    private String openRectification(String overseer, String projectId) {
        Map<?, ?> item = json(gateway.post().uri("/api/projects/{id}/rectifications", projectId), tokens.apply(overseer),
                Map.of("finding", "活动台账未按月归档", "deadline", "2023-12-31"), HttpStatus.CREATED);
        return (String) item.get("id");
    }

    private static Map<?, ?> json(WebTestClient.RequestBodySpec request, String token, Object body, HttpStatus expected) {
        return request.headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(expected)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> indicator(String id, String category, String dimension, String name, String target,
                                                 String weight) {
        return Map.of("id", id, "category", category, "dimension", dimension, "name", name, "target", target,
                "direction", "POSITIVE", "weight", new BigDecimal(weight), "dataSource", "活动台账");
    }
}
