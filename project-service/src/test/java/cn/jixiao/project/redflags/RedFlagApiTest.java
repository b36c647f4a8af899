package cn.jixiao.project.redflags;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.audit.AuditEntry;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.project.redflags.RedFlagViews.DistrictFlags;
import cn.jixiao.project.redflags.RedFlagViews.FlagView;
import cn.jixiao.project.redflags.RedFlagViews.ProjectFlags;
import cn.jixiao.project.redflags.rules.LedgerRow;
import cn.jixiao.project.redflags.rules.RedFlagRule;
import cn.jixiao.project.redflags.rules.RedFlagThresholds;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 审计线索 through the API: Jinchen's project paid 华建公司 twice just under the procurement threshold within nine
 * days and booked one 星光印务 invoice twice. Panlong's overseer and auditor read the flags with the rows behind them;
 * streets see none, Wuhua's overseer not even the project; the overseer dismisses one with a reason (audited) and
 * turns the other into one 整改 item, however often asked; the district's counts per rule and street.
 */
@ServiceTest
class RedFlagApiTest {

    static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");
    static final WebTestClientConfigurer TUODONG = Tokens.streetEditor("panlong", "tuodong");
    static final WebTestClientConfigurer PANLONG = Tokens.overseer("panlong");
    static final WebTestClientConfigurer PANLONG_AUDITOR = Tokens.auditor("panlong");
    static final WebTestClientConfigurer WUHUA = Tokens.overseer("wuhua");

    @Autowired
    WebTestClient web;

    /** A year of its own for each run, so that the district's counts hold this test's project alone. */
    int year;
    String project;

    @BeforeEach
    void jinchenProject() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        year = 2040 + Math.floorMod(UUID.randomUUID().hashCode(), 50);
        project = web.mutateWith(JINCHEN).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("HF-" + UUID.randomUUID().toString().substring(0, 8),
                        "金实路示范街区改造专项资金", year, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
        web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/budget", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("initialBudget", new BigDecimal("3000000.00"),
                        "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION",
                                "initial", new BigDecimal("3000000.00"), "fullYear", new BigDecimal("3000000.00"))),
                        "byClassification", List.of(Map.of("code", "30227", "amount", new BigDecimal("3000000.00")))))
                .exchange().expectStatus().isOk();
        spend(year + "-03-01", "华建公司", "950000.00", "记-01", "人行道改造第一期");
        spend(year + "-03-10", "华建公司", "980000.00", "记-02", "人行道改造第二期");
        spend(year + "-06-08", "星光印务", "3560.00", "记-03", "宣传册印制");
        spend(year + "-06-08", "星光印务", "3560.00", "记-04", "宣传册印制");
        spend(year + "-07-15", "春城物业", "412345.67", "记-05", "保洁服务");
    }

    @Test
    void overseersAndAuditorsReadTheFlagsWithTheRowsBehindThemStreetsAndOtherDistrictsDoNot() {
        ProjectFlags read = flags(PANLONG_AUDITOR);

        assertThat(read.flags()).extracting(FlagView::rule).containsExactlyInAnyOrder(RedFlagRule.SPLIT_PAYMENTS,
                RedFlagRule.PAYEE_CONCENTRATION, RedFlagRule.DUPLICATE_INVOICES);
        assertThat(read.flags()).allSatisfy(flag -> assertThat(flag.status()).isEqualTo(FlagStatus.OPEN));
        FlagView split = flag(read, RedFlagRule.SPLIT_PAYMENTS);
        assertThat(split.rows()).extracting(LedgerRow::voucherNo).containsExactly("记-01", "记-02");
        assertThat(split.threshold()).isEqualTo(new cn.jixiao.project.redflags.rules.SplitPayments(
                RedFlagThresholds.DEFAULTS).threshold());
        assertThat(split.ruleLabel()).isEqualTo("拆分支付规避采购限额");
        assertThat(read.rules()).hasSize(RedFlagRule.values().length);
        assertThat(flags(PANLONG)).isEqualTo(read);

        get(JINCHEN, "/api/projects/{p}/red-flags").expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail")
                .isEqualTo("审计线索仅供区复核人员和审计人员查阅 / Red flags are for the district's overseers and auditors");
        get(TUODONG, "/api/projects/{p}/red-flags").expectStatus().isForbidden();
        get(WUHUA, "/api/projects/{p}/red-flags").expectStatus().isNotFound();
        get(JINCHEN, "/api/red-flags").expectStatus().isForbidden();
    }

    @Test
    void spendingAboveTheBudgetInForceOnItsDateIsAheadOfItsBudget() {
        spend(year + "-08-01", "春城物业", "700000.00", "记-06", "保洁服务（二期）");

        FlagView ahead = flag(flags(PANLONG), RedFlagRule.BEFORE_BUDGET);

        assertThat(ahead.rows()).extracting(LedgerRow::voucherNo).containsExactly("记-06");
        assertThat(ahead.finding()).contains("当日预算 3,000,000.00 元");
    }

    @Test
    void theOverseerDismissesWithAReasonAuditedAndKeptAndNobodyElseMay() {
        String duplicate = flag(flags(PANLONG), RedFlagRule.DUPLICATE_INVOICES).key();

        dismiss(PANLONG_AUDITOR, duplicate, "已核实").expectStatus().isForbidden();
        dismiss(JINCHEN, duplicate, "已核实").expectStatus().isForbidden();
        dismiss(WUHUA, duplicate, "已核实").expectStatus().isNotFound();
        dismiss(PANLONG, duplicate, " ").expectStatus().isBadRequest();
        dismiss(PANLONG, "duplicate-invoices-000000000000000000000000", "已核实").expectStatus().isNotFound();
        dismiss(PANLONG, "not-a-flag", "已核实").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("red-flag-key-malformed");
        dismiss(JINCHEN, "not-a-flag", "已核实").expectStatus().isForbidden();

        FlagView dismissed = dismiss(PANLONG, duplicate, "两张发票号码不同，系分两批印制，已核对原始凭证").expectStatus().isOk()
                .expectBody(FlagView.class).returnResult().getResponseBody();
        assertThat(dismissed.status()).isEqualTo(FlagStatus.DISMISSED);
        assertThat(dismissed.statusLabel()).isEqualTo("已排除");
        assertThat(dismissed.decision().reason()).isEqualTo("两张发票号码不同，系分两批印制，已核对原始凭证");
        assertThat(dismissed.decision().decidedBy()).isEqualTo("panlong-overseer");
        assertThat(dismissed.decision().decidedAt()).isNotNull();
        assertThat(flag(flags(PANLONG_AUDITOR), RedFlagRule.DUPLICATE_INVOICES)).isEqualTo(dismissed);

        dismiss(PANLONG, duplicate, "再次排除").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("red-flag-already-decided")
                .jsonPath("$.flagStatus").isEqualTo("DISMISSED");
        rectify(PANLONG, duplicate).expectStatus().isEqualTo(409);

        List<AuditEntry> trail = await().atMost(Duration.ofSeconds(20)).until(() -> audit().stream()
                .filter(entry -> "red-flag".equals(entry.subject())).toList(), found -> !found.isEmpty());
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("dismissed");
            assertThat(entry.actor()).isEqualTo("panlong-overseer");
            assertThat(entry.after()).containsEntry("flag", duplicate)
                    .containsEntry("reason", "两张发票号码不同，系分两批印制，已核对原始凭证");
        });
    }

    @Test
    void turningAFlagIntoARectificationItemOpensOneItemHoweverOftenAsked() {
        String split = flag(flags(PANLONG), RedFlagRule.SPLIT_PAYMENTS).key();

        rectify(PANLONG_AUDITOR, split).expectStatus().isForbidden();
        FlagView first = rectify(PANLONG, split).expectStatus().isOk().expectBody(FlagView.class).returnResult()
                .getResponseBody();
        FlagView again = rectify(PANLONG, split).expectStatus().isOk().expectBody(FlagView.class).returnResult()
                .getResponseBody();

        assertThat(first.status()).isEqualTo(FlagStatus.RECTIFICATION);
        assertThat(again).isEqualTo(first);
        List<Map<String, Object>> items = rectifications();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("id", first.decision().rectificationId())
                    .containsEntry("source", "RED_FLAG").containsEntry("sourceLabel", "审计线索")
                    .containsEntry("reference", split).containsEntry("deadlineDays", 60);
            assertThat((String) item.get("finding")).startsWith("审计线索（拆分支付规避采购限额）：向「华建公司」");
        });
        dismiss(PANLONG, split, "改为排除").expectStatus().isEqualTo(409);
    }

    @Test
    void theDistrictCountsFlagsPerRuleAndStreet() {
        String duplicate = flag(flags(PANLONG), RedFlagRule.DUPLICATE_INVOICES).key();
        dismiss(PANLONG, duplicate, "已核对原始凭证").expectStatus().isOk();

        DistrictFlags district = get(PANLONG_AUDITOR, "/api/red-flags?year=" + year).expectStatus().isOk()
                .expectBody(DistrictFlags.class).returnResult().getResponseBody();

        assertThat(district.year()).isEqualTo(year);
        assertThat(district.projects()).singleElement().satisfies(counts -> {
            assertThat(counts.projectId()).isEqualTo(project);
            assertThat(counts.total()).isEqualTo(3);
            assertThat(counts.byStatus()).containsEntry(FlagStatus.OPEN, 2).containsEntry(FlagStatus.DISMISSED, 1);
            assertThat(counts.byRule()).containsEntry(RedFlagRule.SPLIT_PAYMENTS, 1)
                    .containsEntry(RedFlagRule.YEAR_END_RUSH, 0);
        });
        assertThat(district.byRule()).containsEntry(RedFlagRule.DUPLICATE_INVOICES, 1);
        assertThat(district.byStreet()).singleElement().satisfies(street -> {
            assertThat(street.total()).isEqualTo(3);
            assertThat(street.open()).isEqualTo(2);
        });
        DistrictFlags tuodong = get(PANLONG, "/api/red-flags?year=" + year + "&streetId=" + district.byStreet().get(0)
                .streetId() + "-other").expectStatus().isOk().expectBody(DistrictFlags.class).returnResult()
                .getResponseBody();
        assertThat(tuodong.projects()).isEmpty();
        DistrictFlags wuhua = get(WUHUA, "/api/red-flags?year=" + year).expectStatus().isOk()
                .expectBody(DistrictFlags.class).returnResult().getResponseBody();
        assertThat(wuhua.projects()).isEmpty();
    }

    private void spend(String date, String payee, String amount, String voucher, String summary) {
        web.mutateWith(JINCHEN).post().uri("/api/projects/{id}/expenditures", project)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date, "amount", new BigDecimal(amount), "classificationCode", "30227",
                        "payee", payee, "voucherNo", voucher, "summary", summary))
                .exchange().expectStatus().is2xxSuccessful();
    }

    private WebTestClient.ResponseSpec get(WebTestClientConfigurer user, String uri) {
        return web.mutateWith(user).get().uri(uri, project).exchange();
    }

    private ProjectFlags flags(WebTestClientConfigurer user) {
        return get(user, "/api/projects/{p}/red-flags").expectStatus().isOk().expectBody(ProjectFlags.class)
                .returnResult().getResponseBody();
    }

    private static FlagView flag(ProjectFlags read, RedFlagRule rule) {
        return read.flags().stream().filter(flag -> flag.rule() == rule).findFirst().orElseThrow();
    }

    private WebTestClient.ResponseSpec dismiss(WebTestClientConfigurer user, String key, String reason) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/red-flags/{k}/dismissal", project, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange();
    }

    private WebTestClient.ResponseSpec rectify(WebTestClientConfigurer user, String key) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/red-flags/{k}/rectification", project, key)
                .exchange();
    }

    private List<AuditEntry> audit() {
        return get(PANLONG, "/api/projects/{p}/audit").expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<AuditEntry>>() {
                }).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rectifications() {
        Map<String, Object> body = get(PANLONG, "/api/projects/{p}/rectifications").expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("items");
    }
}
