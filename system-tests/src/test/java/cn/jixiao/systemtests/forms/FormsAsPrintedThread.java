package cn.jixiao.systemtests.forms;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Published 项目支出绩效自评表, typed into a running platform exactly as printed (issue #17), through the gateway with
 * real Keycloak tokens. Each form gets a fresh project in its street: the budget, the spending (booked, or a summary
 * figure), the indicator tree as printed, which saves as a draft and shows what it misses, then completed as the
 * form later is, the actuals as printed, the template the form was scored under, the evaluator's grades, and the
 * score compared line by line with the printed 得分, 总分 and 等级 (exact decimals). Then the refusals that stay: a
 * comparator contradicting the direction and an unreadable value, each a problem+json naming the cell and what
 * would be accepted.
 * <p>
 * Every disagreement between a form and the platform is collected and reported at the end, form, line, printed
 * and got, instead of stopping at the first.
 */
public final class FormsAsPrintedThread {

    /** The forms under {@code src/test/resources/forms}, in the order they are entered. */
    static final List<String> FORMS = List.of(
            "01-laojiu-xiaoqu-gaizao.yaml",
            "02-shequ-yanglao-fuwu.yaml",
            "03-huanjing-weisheng-baojie.yaml",
            "04-wangge-fuwu-guanli.yaml");

    private static final String PASSWORD = "Jixiao-2026";
    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    private final WebTestClient gateway;
    private final WebTestClient keycloak;
    private final URI tokenEndpoint;
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> disagreements = new ArrayList<>();
    private final List<String> notExercised = new ArrayList<>();

    public FormsAsPrintedThread(String gatewayUrl, URI tokenEndpoint) {
        this.gateway = WebTestClient.bindToServer().baseUrl(gatewayUrl).responseTimeout(Duration.ofSeconds(60)).build();
        this.keycloak = WebTestClient.bindToServer().baseUrl(tokenEndpoint.toString()).responseTimeout(Duration.ofSeconds(60)).build();
        this.tokenEndpoint = tokenEndpoint;
    }

    /** What the run found: the forms' disagreements with the platform, and the steps a missing feature skipped. */
    public record Outcome(List<String> disagreements, List<String> notExercised) {

        public boolean holds() {
            return disagreements.isEmpty();
        }

        public String summary() {
            return FORMS.size() + " forms: " + (disagreements.isEmpty() ? "every printed score reproduced"
                    : disagreements.size() + " disagreement(s):\n  " + String.join("\n  ", disagreements))
                    + (notExercised.isEmpty() ? "" : "\nnot exercised:\n  " + String.join("\n  ", notExercised));
        }
    }

    public Outcome run() {
        String firstProject = null;
        for (String resource : FORMS) {
            PrintedForm form = PrintedForm.read(resource);
            try {
                String projectId = enter(form);
                firstProject = firstProject == null ? projectId : firstProject;
            } catch (AssertionError | RuntimeException stopped) {
                // the other forms still say what they can
                disagreements.add(form.title() + "：未能录完，" + stopped.getMessage());
            }
        }
        if (firstProject == null) {
            disagreements.add("拒绝的情形未检查：第一张表未能录入");
        } else {
            theRefusalsNameTheCell(PrintedForm.read(FORMS.get(0)), firstProject);
        }
        return new Outcome(List.copyOf(disagreements), List.copyOf(notExercised));
    }

    // ---------------------------------------------------------------------------------------------------- one form

    private String enter(PrintedForm form) {
        String editor = token(form.editor());
        Map<?, ?> template = setUpTemplate(form);
        String projectId = (String) write(editor, HttpMethod.POST, "/api/projects", Map.of(
                "code", form.header().code() + "-" + UUID.randomUUID().toString().substring(0, 6),
                "name", form.header().name(), "year", form.header().year(),
                "competentDepartment", form.header().competentDepartment(),
                "implementingUnit", form.header().implementingUnit())).get("id");
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(editor, projectId), Objects::nonNull);
        chooseProjectTemplate(form, evaluationId, template);
        enterFunds(form, editor, projectId);

        // 1. the indicator tree exactly as printed saves as a draft, and says what it misses
        List<PrintedForm.Row> printed = form.rows().stream().filter(row -> !row.addedLater()).toList();
        Map<?, ?> tree = write(editor, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators",
                Map.of("indicators", printed.stream().map(row -> indicator(row, row.target())).toList()));
        Map<?, ?> completeness = (Map<?, ?>) tree.get("completeness");
        check(form, "完整性：缺年度指标值", ids(completeness, "missingTargets"), idsOf(printed, PrintedForm.Row::blankTarget));
        check(form, "完整性：不适用", ids(completeness, "notApplicable"), idsOf(printed, PrintedForm.Row::notApplicable));
        List<String> templateDefault = ids(completeness, "templateDefaultDirection");
        check(form, "完整性：按模板默认方向（无比较符的年度指标值）", templateDefault.containsAll(
                idsOf(printed, PrintedForm.Row::defaultDirection)), true);
        check(form, "完整性：按模板默认方向，不应列出写有比较符或文字的行", templateDefault.stream()
                .filter(id -> !idsOf(printed, row -> row.defaultDirection() || row.notApplicable() || row.blankTarget())
                        .contains(id)).toList(), List.of());

        // 2. a form cut off is scored as far as it goes
        if (form.asCut() != null) {
            tree = reportActuals(editor, projectId, tree, printed);
            Map<?, ?> score = awaitScored(editor, evaluationId, form, printed);
            score = grade(editor, evaluationId, printed, score);
            compareLines(form, "（截断的表）", printed, score);
            compare(form, "截断的表可计得分", form.asCut(), decimal(score.get("total")));
            check(form, "截断的表：分值与模板不符列为待补全事项",
                    kinds(score).contains("WEIGHTS_DO_NOT_MATCH_TEMPLATE"), true);
        }

        // 3. completed as the form later is: blank targets written in, the rows of a lost page added
        if (form.rows().stream().anyMatch(row -> row.completedTarget() != null || row.addedLater())) {
            tree = write(editor, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators", Map.of(
                    "version", tree.get("version"),
                    "indicators", form.rows().stream().map(row -> indicator(row,
                            row.completedTarget() != null ? row.completedTarget() : row.target())).toList()));
        }
        tree = reportActuals(editor, projectId, tree, form.asCut() != null
                ? form.rows().stream().filter(PrintedForm.Row::addedLater).toList() : form.rows());
        completeness = (Map<?, ?>) tree.get("completeness");
        check(form, "完整性：已完整", completeness.get("complete"), true);
        check(form, "完整性：文字实际值待评价人判断", ids(completeness, "actualsForJudgement"),
                idsOf(form.rows(), PrintedForm.Row::judged));
        Map<String, Object> readAs = readAs(tree);
        form.rows().stream().filter(row -> row.readAs() != null)
                .forEach(row -> check(form, row.name() + " 的实际完成值“" + row.actual() + "”读作", readAs.get(row.id()), row.readAs()));

        // 4. scored, graded by the evaluator, and compared with the printed form
        Map<?, ?> score = awaitScored(editor, evaluationId, form, form.rows());
        score = grade(editor, evaluationId, form.rows(), score);
        Map<?, ?> execution = (Map<?, ?>) score.get("execution");
        compare(form, "预算执行率", form.funds().rate(), decimal(execution.get("ratePercent")));
        compare(form, "预算执行率得分", form.funds().score(), decimal(execution.get("score")));
        compareLines(form, "", form.rows(), score);
        compare(form, "总分", form.total(), decimal(score.get("total")));
        check(form, "自评等级", score.get("grade"), form.grade());
        check(form, "计分模板", ((Map<?, ?>) score.get("template")).get("id"),
                template == null ? form.template().shipped() : template.get("id"));
        System.out.println("Form " + form.resource() + ": " + score.get("total") + " " + score.get("grade")
                + (kinds(score).isEmpty() ? "" : ", still to complete before submission: " + kinds(score)));
        return projectId;
    }

    private Map<?, ?> reportActuals(String editor, String projectId, Map<?, ?> tree, List<PrintedForm.Row> rows) {
        for (PrintedForm.Row row : rows) {
            Map<String, Object> actual = new HashMap<>();
            actual.put("version", tree.get("version"));
            actual.put("actual", row.actual());
            actual.put("deviationNote", row.note());
            tree = write(editor, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators/" + row.id() + "/actual", actual);
        }
        return tree;
    }

    /** Waits until evaluation-service has every line, every actual reported and the form's 全年执行数. */
    private Map<?, ?> awaitScored(String editor, String evaluationId, PrintedForm form, List<PrintedForm.Row> rows) {
        Predicate<Map<?, ?>> arrived = score -> score.get("total") != null
                && ((List<?>) score.get("indicators")).stream().map(line -> ((Map<?, ?>) line).get("indicatorId")).toList()
                        .containsAll(rows.stream().filter(row -> !row.notApplicable()).map(PrintedForm.Row::id).toList())
                && !kinds(score).contains("ACTUAL_NOT_REPORTED") && !kinds(score).contains("TARGET_MISSING")
                && form.funds().executed().compareTo(yuan(((Map<?, ?>) score.get("execution")).get("executed"))) == 0;
        try {
            return await().atMost(EVENTUAL).until(() -> score(editor, evaluationId), arrived::test);
        } catch (ConditionTimeoutException notYet) {
            Map<?, ?> last = score(editor, evaluationId);
            disagreements.add(form.title() + "：" + EVENTUAL.toSeconds() + " 秒内评价服务未收齐指标、实际完成值及全年执行数 "
                    + form.funds().executed().toPlainString() + "，最后所见：" + last);
            return last;
        }
    }

    /** The evaluator's grades for the 定性 lines and the text actuals, as the form prints their 得分. */
    private Map<?, ?> grade(String editor, String evaluationId, List<PrintedForm.Row> rows, Map<?, ?> score) {
        List<Map<String, Object>> grades = rows.stream().filter(PrintedForm.Row::graded).map(row -> {
            Map<String, Object> assessment = new HashMap<>();
            assessment.put("indicatorId", row.id());
            assessment.put("grade", row.grade());
            assessment.put("score", new BigDecimal(row.score()));
            assessment.put("notApplicable", false);
            return assessment;
        }).toList();
        if (grades.isEmpty()) {
            return score;
        }
        Map<String, Object> assessment = new HashMap<>();
        assessment.put("indicators", grades);
        // as a person does on 409 "reload and try again": the project's last events may still be rescoring the draft
        // (or its registration, relayed late, announcing it) between reading its version and saving the grades
        for (int attempt = 1; ; attempt++) {
            assessment.put("version", evaluation(editor, evaluationId).get("version"));
            EntityExchangeResult<Map> saved = gateway.put().uri("/api/evaluations/" + evaluationId + "/self-assessment")
                    .headers(h -> h.setBearerAuth(editor)).contentType(MediaType.APPLICATION_JSON).bodyValue(assessment)
                    .exchange().expectBody(Map.class).returnResult();
            if (saved.getStatus().value() == 409 && attempt < 5) {
                continue;
            }
            assertThat(saved.getStatus().is2xxSuccessful()).as("PUT self-assessment answered %s: %s", saved.getStatus(),
                    saved.getResponseBody()).isTrue();
            return score(editor, evaluationId);
        }
    }

    private void compareLines(PrintedForm form, String when, List<PrintedForm.Row> rows, Map<?, ?> score) {
        Map<String, Map<?, ?>> lines = new LinkedHashMap<>();
        ((List<?>) score.get("indicators")).forEach(line -> lines.put((String) ((Map<?, ?>) line).get("indicatorId"), (Map<?, ?>) line));
        for (PrintedForm.Row row : rows) {
            Map<?, ?> line = lines.get(row.id());
            if (line == null && row.notApplicable()) {
                continue; // a "/" row may as well not be listed: it scores nothing either way
            }
            if (line == null) {
                disagreements.add(form.title() + when + "，" + row.name() + "：无此行得分");
                continue;
            }
            compare(form, when + row.name() + " 得分（" + line.get("explanation") + "）", row.printedScore(), decimal(line.get("score")));
        }
        List<?> blocking = ((List<?>) score.get("blockingItems")).stream()
                .filter(item -> rows.stream().anyMatch(row -> row.notApplicable() && row.id().equals(((Map<?, ?>) item).get("indicatorId"))))
                .toList();
        check(form, when + "“/”行不应列为待补全事项", blocking, List.of());
    }

    // ------------------------------------------------------------------------------------------ funds and template

    private void enterFunds(PrintedForm form, String editor, String projectId) {
        PrintedForm.Funds funds = form.funds();
        write(editor, HttpMethod.PUT, "/api/projects/" + projectId + "/budget", Map.of(
                "initialBudget", funds.initialBudget(),
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", funds.initialBudget(),
                        "fullYear", funds.fullYearBudget())),
                "byClassification", List.of(Map.of("code", funds.classification(), "amount", funds.fullYearBudget()))));
        for (PrintedForm.Payment payment : funds.ledger()) {
            write(editor, HttpMethod.POST, "/api/projects/" + projectId + "/expenditures", Map.of(
                    "date", payment.date(), "amount", payment.amount(), "classificationCode", funds.classification(),
                    "payee", payment.payee(), "voucherNo", payment.voucher(), "summary", payment.summary()));
        }
        if (funds.summary() != null) {
            enterExecutionSummary(form, editor, projectId, funds.summary());
        }
    }

    /** 全年执行数 as a summary figure with its source, for a street without its ledger in Jixiao. */
    private void enterExecutionSummary(PrintedForm form, String editor, String projectId, PrintedForm.Summary summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("executed", summary.executed());
        body.put("source", summary.source());
        body.put("note", summary.note());
        EntityExchangeResult<byte[]> result = gateway.put().uri("/api/projects/{id}/execution-summary", projectId)
                .headers(h -> h.setBearerAuth(editor)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody().returnResult();
        assertThat(result.getStatus().is2xxSuccessful())
                .as("%s: 全年执行数 as a summary figure: %s %s", form.title(), result.getStatus(), body(result))
                .isTrue();
    }

    /**
     * The template the form was scored under, set up by the district's overseer: a platform template as shipped, or a
     * district copy with its own qualitative scale. {@code null} for the national default.
     */
    private Map<?, ?> setUpTemplate(PrintedForm form) {
        PrintedForm.Template template = form.template();
        if (template.national()) {
            return null;
        }
        String overseer = token(form.overseer());
        if (template.shipped() != null) {
            List<?> versions = gateway.get().uri("/api/templates/{id}/versions", template.shipped())
                    .headers(h -> h.setBearerAuth(overseer)).exchange().expectStatus().isOk()
                    .expectBody(List.class).returnResult().getResponseBody();
            return (Map<?, ?>) versions.get(versions.size() - 1);
        }
        Map<?, ?> copy = write(overseer, HttpMethod.POST, "/api/templates/" + template.copyOf() + "/copies",
                Map.of("name", template.name() + "（" + UUID.randomUUID().toString().substring(0, 4) + "）"));
        return write(overseer, HttpMethod.POST, "/api/templates/" + copy.get("id") + "/versions", Map.of(
                "basedOnVersion", copy.get("version"),
                "qualitativeBands", template.qualitativeScale().stream().map(band -> Map.of(
                        "grade", band.grade(), "fromPercent", band.from(), "toPercent", band.to())).toList()));
    }

    /** The project is scored under the form's template, chosen for this project's draft by the district's overseer. */
    private void chooseProjectTemplate(PrintedForm form, String evaluationId, Map<?, ?> template) {
        if (template == null) {
            return;
        }
        String overseer = token(form.overseer());
        Map<?, ?> chosen = write(overseer, HttpMethod.PUT, "/api/evaluations/" + evaluationId + "/template", Map.of(
                "templateId", template.get("id"), "templateVersion", template.get("version"),
                "version", evaluation(overseer, evaluationId).get("version"),
                "reason", "按" + template.get("name") + "计分，与表上一致"));
        check(form, "本项目选定的模板", ((Map<?, ?>) chosen.get("template")).get("id"), template.get("id"));
    }

    // ---------------------------------------------------------------------------------------------------- refusals

    /**
     * The refusals that stay: a direction contradicting the comparator printed in the target, an unreadable target,
     * and an actual in a unit that does not convert; each names its cell and what would be accepted, and nothing
     * is saved.
     */
    private void theRefusalsNameTheCell(PrintedForm form, String projectId) {
        String editor = token(form.editor());
        Map<?, ?> before = gateway.get().uri("/api/projects/{id}/indicators", projectId).headers(h -> h.setBearerAuth(editor))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> contradiction = new HashMap<>(indicator(form.rows().get(3), "≥100%"));
        contradiction.put("direction", "NEGATIVE");
        Map<String, Object> unreadable = new HashMap<>(indicator(form.rows().get(4), ">95%"));
        Map<?, ?> problem = gateway.put().uri("/api/projects/{id}/indicators", projectId).headers(h -> h.setBearerAuth(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", before.get("version"), "indicators", List.of(contradiction, unreadable)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("code")).isEqualTo("indicators-invalid");
        List<?> cells = (List<?>) problem.get("cells");
        assertThat(cells).as("every refused cell, named: %s", problem).hasSize(2);
        Map<?, ?> direction = (Map<?, ?>) cells.get(0);
        assertThat(direction.get("row")).isEqualTo(1);
        assertThat(direction.get("indicator")).isEqualTo("工程验收合格率");
        assertThat(direction.get("column")).isEqualTo("指标方向");
        assertThat((String) direction.get("reason")).as("names both, and what would be accepted")
                .contains("反向", "≥", "正向", "可接受");
        Map<?, ?> target = (Map<?, ?>) cells.get(1);
        assertThat(target.get("row")).isEqualTo(2);
        assertThat(target.get("indicator")).isEqualTo("工程按期完工率");
        assertThat(target.get("column")).isEqualTo("年度指标值");
        assertThat(target.get("value")).isEqualTo(">95%");
        assertThat((String) target.get("reason")).as("what would be accepted").contains("≥90%");

        Map<?, ?> actual = gateway.put().uri("/api/projects/{id}/indicators/{row}/actual", projectId, form.rows().get(3).id())
                .headers(h -> h.setBearerAuth(editor)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", before.get("version"), "actual", "3天"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(actual.get("code")).isEqualTo("actual-unreadable");
        assertThat((String) actual.get("detail")).as("names the indicator and what would be accepted")
                .contains("工程验收合格率", "3天", "100%");
        assertThat(((Map<?, ?>) ((List<?>) actual.get("errors")).get(0)).get("field")).isEqualTo("actual");

        gateway.get().uri("/api/projects/{id}/indicators", projectId).headers(h -> h.setBearerAuth(editor))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(before.get("version"));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** A row as the clerk types it: target and weight as printed ("/" and blanks included), no direction. */
    private static Map<String, Object> indicator(PrintedForm.Row row, String target) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("id", row.id());
        indicator.put("category", Arrays.stream(IndicatorCategory.values())
                .filter(category -> category.label().equals(row.category())).findFirst().orElseThrow().name());
        indicator.put("dimension", Arrays.stream(IndicatorDimension.values())
                .filter(dimension -> dimension.label().equals(row.dimension())).findFirst().orElseThrow().name());
        indicator.put("name", row.name());
        indicator.put("target", target == null ? "" : target);
        indicator.put("weight", row.weight() == null || row.weight().isBlank() || "/".equals(row.weight()) ? null
                : new BigDecimal(row.weight()));
        indicator.put("dataSource", "/".equals(target) ? "/" : "项目台账");
        return indicator;
    }

    private void compare(PrintedForm form, String what, BigDecimal printed, BigDecimal got) {
        if (got == null || printed.compareTo(got) != 0) {
            disagreements.add(form.title() + "，" + what + "：表上 " + printed.toPlainString() + "，平台 " + got);
        }
    }

    private void check(PrintedForm form, String what, Object got, Object expected) {
        if (!Objects.equals(got, expected)) {
            disagreements.add(form.title() + "，" + what + "：应为 " + expected + "，平台 " + got);
        }
    }

    private static List<String> idsOf(List<PrintedForm.Row> rows, Predicate<PrintedForm.Row> which) {
        return rows.stream().filter(which).map(PrintedForm.Row::id).sorted().toList();
    }

    private static List<String> ids(Map<?, ?> completeness, String list) {
        List<?> lines = (List<?>) completeness.get(list);
        return lines == null ? null : lines.stream().map(line -> (String) ((Map<?, ?>) line).get("id")).sorted().toList();
    }

    private static Map<String, Object> readAs(Map<?, ?> tree) {
        Map<String, Object> readAs = new HashMap<>();
        for (Object category : (List<?>) tree.get("categories")) {
            for (Object dimension : (List<?>) ((Map<?, ?>) category).get("dimensions")) {
                for (Object indicator : (List<?>) ((Map<?, ?>) dimension).get("indicators")) {
                    readAs.put((String) ((Map<?, ?>) indicator).get("id"), ((Map<?, ?>) indicator).get("actualReadAs"));
                }
            }
        }
        return readAs;
    }

    private static List<String> kinds(Map<?, ?> score) {
        List<?> items = (List<?>) score.get("blockingItems");
        return items == null ? List.of() : items.stream().map(item -> (String) ((Map<?, ?>) item).get("kind")).toList();
    }

    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    /** Yuan as JSON: a number, or an object carrying its amount. */
    private static BigDecimal yuan(Object money) {
        if (money instanceof Map<?, ?> amount) {
            return decimal(amount.get("amount"));
        }
        return money == null ? BigDecimal.valueOf(-1) : decimal(money);
    }

    private Map<?, ?> score(String token, String evaluationId) {
        return gateway.get().uri("/api/evaluations/{id}/score", evaluationId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> evaluation(String token, String evaluationId) {
        return gateway.get().uri("/api/evaluations/{id}", evaluationId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String evaluationIdOf(String token, String projectId) {
        List<?> evaluations = gateway.get().uri("/api/evaluations?projectId={id}", projectId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return evaluations.isEmpty() ? null : (String) ((Map<?, ?>) evaluations.get(0)).get("id");
    }

    private Map<?, ?> write(String token, HttpMethod method, String path, Object body) {
        EntityExchangeResult<Map> result = gateway.method(method).uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody(Map.class).returnResult();
        assertThat(result.getStatus().is2xxSuccessful()).as("%s %s answered %s: %s", method, path, result.getStatus(),
                result.getResponseBody()).isTrue();
        return result.getResponseBody();
    }

    private static String body(EntityExchangeResult<byte[]> result) {
        return result.getResponseBody() == null ? "" : new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, user -> (String) keycloak.post().uri(tokenEndpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password").with("client_id", "jixiao-web")
                        .with("username", user).with("password", PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token"));
    }
}
