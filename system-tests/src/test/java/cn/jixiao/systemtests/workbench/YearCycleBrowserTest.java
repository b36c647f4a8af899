package cn.jixiao.systemtests.workbench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpMethod;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import cn.jixiao.systemtests.LocalPlatform;
import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.SharedDemoPlatform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #15's year in the browser, on a project of its own (registered through the API, so the demo data the
 * workbench's tests read stays as it was): the district's overseer opens a monitoring round on 绩效监控, the street's
 * editor fills the project's 绩效监控表 with one red line explained and submits it, the overseer approves it; the red
 * line's 整改 item is answered by the street, sent back by the district with a comment, answered again and confirmed;
 * an item the overseer enters by hand with a deadline already past is counted as overdue on the district overview and
 * listed as such; next year's project of the same code shows last year's items on its 绩效目标. The auditor reads the
 * new pages without a write control; axe-core on each. One sign-in per person for the whole class.
 *
 * <p>Runs after {@link WorkbenchBrowserTest} on the shared platform ({@link SharedDemoPlatform#YEAR_CYCLE_BROWSER_TESTS}).
 * Screenshots land in {@code target/workbench-screenshots}, named by person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedDemoPlatform.class)
@Order(SharedDemoPlatform.YEAR_CYCLE_BROWSER_TESTS)
class YearCycleBrowserTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String FESTIVALS = "举办邻里文化节次数";
    private static final String SATISFACTION = "参与居民满意度";
    private static final String OVERDUE_FINDING = "邻里文化节经费支出凭证未按规定归档";

    private final String code = "ZG-BROWSER-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    private LocalPlatform local;
    private Playwright playwright;
    private Browser browser;
    private ApiSteps api;
    private Workbench overseer;
    private Workbench editor;
    private String projectId;
    private String roundId;

    @BeforeAll
    void startPlatformAndBrowser(LocalPlatform demo) {
        Optional<Path> chromium = Chromium.binary();
        assumeTrue(chromium.isPresent(), "Debian's chromium is not installed: the workbench's browser tests are skipped");
        PlaywrightAssertions.setDefaultAssertionTimeout(EVENTUAL.toMillis());
        local = demo;
        api = new ApiSteps(local.platform(), new Logins(local.platform().tokenEndpoint()));
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium.get());
        projectId = api.registersWithTree("jinchen-editor", code, "社区邻里文化节专项资金", List.of(
                Map.of("category", "OUTPUT", "dimension", "QUANTITY", "name", FESTIVALS, "target", "≥4次", "weight", 50,
                        "dataSource", "活动台账"),
                Map.of("category", "SATISFACTION", "dimension", "BENEFICIARY_SATISFACTION", "name", SATISFACTION,
                        "target", "≥90%", "weight", 50, "dataSource", "问卷调查")));
        overseer = signIn("panlong-overseer", "/district/monitoring");
        editor = signIn("jinchen-editor", "/projects/" + projectId + "/overview");
    }

    @AfterAll
    void stop() {
        for (AutoCloseable open : new AutoCloseable[] {overseer, editor, browser, playwright}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                System.err.println("closing after the year's cycle: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void theOverseerOpensARoundTheStreetExplainsItsRedLineAndSubmitsTheOverseerApproves() {
        String roundName = "2023年年中绩效监控 " + code;
        overseer.open("/district/monitoring");
        overseer.testId("monitoring-open-round").click();
        Workbench.field(overseer.testId("round-name")).fill(roundName);
        pick(overseer.page.getByLabel("数据截至月份", new Page.GetByLabelOptions().setExact(true)), "2023-06");
        overseer.shownOrPhotographed("round-as-of", () -> overseer.expectText("round-as-of-day", "2023年6月30日"));
        pick(overseer.page.getByLabel("填报截止日期", new Page.GetByLabelOptions().setExact(true)), "2023-07-31");
        overseer.screenshot("round-dialog");
        Response opened = overseer.page.waitForResponse(
                response -> response.url().endsWith("/api/monitoring/rounds") && "POST".equals(response.request().method()),
                () -> overseer.testId("round-confirm").click());
        assertThat(opened.status()).as("the round's opening").isEqualTo(201);
        roundId = idIn(opened.text());
        Locator round = overseer.page.locator("[data-testid=monitoring-round][data-round-id='" + roundId + "']");
        assertThat(round).containsText(roundName);
        assertThat(round).containsText("2023年7月31日");

        editor.open("/projects/" + projectId + "/monitoring?round=" + roundId);
        editor.shownOrPhotographed("monitoring-form", () -> editor.expectText("monitoring-state", "未填报"));
        editor.page.getByLabel(FESTIVALS + "：当前完成值", new Page.GetByLabelOptions().setExact(true)).fill("1次");
        editor.page.getByLabel(FESTIVALS + "：全年预计完成值", new Page.GetByLabelOptions().setExact(true)).fill("3次");
        editor.page.getByLabel(SATISFACTION + "：当前完成值", new Page.GetByLabelOptions().setExact(true)).fill("92%");
        editor.page.getByLabel(SATISFACTION + "：全年预计完成值", new Page.GetByLabelOptions().setExact(true)).fill("95%");
        Response saved = editor.page.waitForResponse(
                response -> response.url().endsWith("/monitoring/" + roundId) && "PUT".equals(response.request().method()),
                () -> editor.testId("monitoring-save").click());
        assertThat(saved.status()).as("the form's save").isEqualTo(200);
        editor.shownOrPhotographed("monitoring-lights", () -> {
            assertThat(monitoringLine(editor, FESTIVALS)).hasAttribute("data-light", "RED");
            assertThat(monitoringLine(editor, SATISFACTION)).hasAttribute("data-light", "GREEN");
        });
        editor.page.getByLabel(FESTIVALS + "：偏差原因（必填）", new Page.GetByLabelOptions().setExact(true))
                .fill("社区文化活动中心上半年修缮停用，两次文化节无法举办");
        editor.page.getByLabel(FESTIVALS + "：纠偏措施（必填）", new Page.GetByLabelOptions().setExact(true))
                .fill("改在社区广场举办，第四季度加办一次");
        editor.screenshot("monitoring-explained");
        editor.isAccessible("绩效监控表");
        editor.takeStep("monitoring-submit", "submission");
        editor.shownOrPhotographed("monitoring-submitted", () -> editor.expectText("monitoring-state", "已提交"));

        overseer.open("/district/monitoring/" + roundId + "/projects/" + projectId);
        overseer.expectText("monitoring-state", "已提交");
        overseer.testId("monitoring-approve").click();
        Response approved = overseer.page.waitForResponse(
                response -> response.url().endsWith("/approval") && "POST".equals(response.request().method()),
                () -> overseer.testId("monitoring-confirm").click());
        assertThat(approved.status()).as("the approval").isEqualTo(200);
        overseer.shownOrPhotographed("monitoring-approved", () -> overseer.expectText("monitoring-state", "审核通过"));
        overseer.hasNoFindings();
        editor.hasNoFindings();
    }

    @Test
    @Order(2)
    void theRedLinesItemIsAnsweredSentBackWithACommentAnsweredAgainAndConfirmed() {
        Locator item = untilShown(editor, "/projects/" + projectId + "/rectification",
                row -> row.filter(new Locator.FilterOptions().setHasText("绩效监控红灯")));
        assertThat(item).containsText(FESTIVALS);
        assertThat(item.getByTestId("rectification-state")).containsText("待整改");
        String itemId = item.getAttribute("data-rectification-id");
        editor.screenshot("rectification-open");
        editor.isAccessible("整改");

        answer(editor, item, "已改在社区广场举办两次文化节，活动台账和签到表已补齐");
        assertThat(item.getByTestId("rectification-state")).containsText("已提交整改措施");

        overseer.open("/district/rectifications?year=2023&streetId=jixiao:panlong:jinchen");
        Locator listed = overseer.page.locator("[data-testid=rectification-row][data-rectification-id='" + itemId + "']");
        overseer.shownOrPhotographed("rectification-listed", () -> assertThat(listed).containsText(code));
        assertThat(listed.getByTestId("rectification-measures")).containsText("已改在社区广场举办两次文化节");
        overseer.screenshot("rectifications");
        overseer.isAccessible("整改管理");
        decide(overseer, listed, "rectification-send-back", "请附两次文化节的活动方案和影像资料", "/send-back");
        assertThat(listed.getByTestId("rectification-comment")).containsText("请附两次文化节的活动方案和影像资料");

        editor.open("/projects/" + projectId + "/rectification");
        Locator again = editor.page.locator("[data-testid=rectification-row][data-rectification-id='" + itemId + "']");
        editor.shownOrPhotographed("rectification-sent-back", () -> {
            assertThat(again.getByTestId("rectification-state")).containsText("已退回");
            assertThat(again.getByTestId("rectification-comment")).containsText("请附两次文化节的活动方案和影像资料");
        });
        editor.expectText("rectification-sent-back", "1 项整改被区财政退回");
        editor.screenshot("rectification-sent-back");
        answer(editor, again, "已补充活动方案和影像资料");

        overseer.open("/district/rectifications?year=2023&streetId=jixiao:panlong:jinchen");
        decide(overseer, listed, "rectification-confirm", "整改到位", "/confirmation");
        assertThat(listed.getByTestId("rectification-state")).containsText("整改已确认");
        overseer.screenshot("rectification-confirmed");
        overseer.hasNoFindings();
        editor.hasNoFindings();
    }

    @Test
    @Order(3)
    void anItemEnteredByHandPastItsDeadlineIsOverdueOnTheOverviewAndNextYearsProjectShowsTheItems() {
        overseer.open("/projects/" + projectId + "/rectification");
        overseer.testId("rectification-open").click();
        Workbench.field(overseer.page.locator(".el-dialog [data-testid=open-finding]")).fill(OVERDUE_FINDING);
        pick(overseer.page.getByLabel("整改期限", new Page.GetByLabelOptions().setExact(true)), "2023-12-31");
        overseer.screenshot("rectification-open-dialog");
        Response opened = overseer.page.waitForResponse(
                response -> response.url().endsWith("/" + projectId + "/rectifications") && "POST".equals(response.request().method()),
                () -> overseer.testId("open-confirm").click());
        assertThat(opened.status()).as("the item entered by hand").isEqualTo(201);

        Map<?, ?> counts = (Map<?, ?>) api.reads("panlong-overseer", "/api/rectifications?year=2023").get("counts");
        long overdue = ((Number) counts.get("OVERDUE")).longValue();
        assertThat(overdue).as("the item past its deadline, at least").isPositive();
        overseer.open("/district/overview?year=2023");
        Locator flag = overseer.testId("overview-overdue-rectifications");
        overseer.shownOrPhotographed("overview-overdue", () -> {
            assertThat(flag).hasAttribute("data-count", String.valueOf(overdue));
            assertThat(flag).containsText("逾期 " + overdue + " 项");
        });
        overseer.screenshot("overview-rectifications");
        overseer.isAccessible("全区概览");
        flag.click();
        overseer.page.waitForURL(Pattern.compile(".*/district/rectifications\\?.*overdue=true.*"));
        Locator late = overseer.page.locator("[data-testid=rectification-row]").filter(new Locator.FilterOptions().setHasText(OVERDUE_FINDING));
        overseer.shownOrPhotographed("rectifications-overdue", () -> assertThat(late.getByTestId("rectification-overdue")).hasText("已逾期"));
        assertThat(overseer.page.locator("[data-testid=rectification-row][data-overdue=false]")).hasCount(0);
        overseer.screenshot("rectifications-overdue");
        overseer.hasNoFindings();

        String nextYear = api.registers("jinchen-editor", code, "社区邻里文化节专项资金", 2024);
        editor.open("/projects/" + nextYear + "/targets");
        Locator carried = editor.testId("rectification-carried-over");
        editor.shownOrPhotographed("targets-carried-over", () -> {
            assertThat(carried).containsText("上年度同一项目的整改事项（2 项）");
            assertThat(carried).containsText(OVERDUE_FINDING);
            assertThat(carried).containsText("整改已确认");
        });
        editor.screenshot("targets-carried-over");
        editor.isAccessible("绩效目标（上年度整改事项）");
        editor.tab("整改");
        assertThat(editor.testId("rectification-carried-over")).containsText(OVERDUE_FINDING);
        editor.hasNoFindings();
    }

    @Test
    @Order(4)
    void theAuditorReadsTheRectificationsAndTheRoundWithoutAWriteControl() {
        try (Workbench auditor = signIn("panlong-auditor", "/district/rectifications?year=2023")) {
            String[][] pages = {{"/district/rectifications?year=2023", "rectification-counts", "整改管理"},
                    {"/projects/" + projectId + "/rectification", "rectification-table", "整改"},
                    {"/district/overview?year=2023", "overview-overdue-rectifications", "全区概览"},
                    {"/district/monitoring/" + roundId, "round-projects", "监控看板"},
                    {"/district/monitoring/" + roundId + "/projects/" + projectId, "monitoring-state", "绩效监控表"}};
            for (String[] page : pages) {
                auditor.open(page[0]);
                auditor.shownOrPhotographed(page[1], () -> assertThat(auditor.testId(page[1]).first()).isVisible());
                if (page[0].contains("rectification")) {
                    // the rows themselves, read: not an empty table
                    assertThat(auditor.testId("rectification-row").first()).isVisible();
                }
                auditor.screenshot(page[1]);
                auditor.offersNoWrite(page[2]);
                auditor.isAccessible(page[2]);
            }
            auditor.hasNoFindings();
        }
        assertThat(api.statusOf("panlong-auditor", HttpMethod.POST,
                "/api/projects/" + projectId + "/rectifications", Map.of("finding", "审计发现", "deadline", "2024-01-31")))
                .as("an auditor's item by hand").isEqualTo(403);
    }

    private Workbench signIn(String username, String path) {
        return Workbench.signIn(browser, local.browserUrl(), username, Logins.PASSWORD, path);
    }

    /** An Element Plus date or month picker: the date typed as it displays it, taken with Enter. */
    private static void pick(Locator picker, String value) {
        Locator input = Workbench.field(picker);
        input.click();
        input.fill(value);
        input.press("Enter");
    }

    private static Locator monitoringLine(Workbench workbench, String indicatorName) {
        return workbench.testId("monitoring-line").filter(new Locator.FilterOptions().setHasText(indicatorName));
    }

    /** The street's 整改措施 for a row, sent from the dialog; done when the service has answered it. */
    private static void answer(Workbench editor, Locator row, String measures) {
        row.getByTestId("rectification-answer").click();
        Workbench.field(editor.page.locator(".el-dialog [data-testid=answer-measures]")).fill(measures);
        Response answered = editor.page.waitForResponse(
                response -> response.url().endsWith("/answer") && "POST".equals(response.request().method()),
                () -> editor.testId("answer-confirm").click());
        assertThat(answered.status()).as("the answer").isEqualTo(200);
    }

    /** The district's decision on a row with its comment; done when the service has answered it. */
    private static void decide(Workbench overseer, Locator row, String button, String comment, String endpoint) {
        row.getByTestId(button).click();
        Workbench.field(overseer.page.locator(".el-dialog [data-testid=decide-comment]")).fill(comment);
        Response decided = overseer.page.waitForResponse(
                response -> response.url().endsWith(endpoint) && "POST".equals(response.request().method()),
                () -> overseer.testId("decide-confirm").click());
        assertThat(decided.status()).as("the decision %s", endpoint).isEqualTo(200);
    }

    /** The rows the service opens a moment after a step (in-process, or through events): the page read again until shown. */
    private static Locator untilShown(Workbench workbench, String path, UnaryOperator<Locator> which) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        workbench.open(path);
        Locator found = which.apply(workbench.testId("rectification-row"));
        while (found.count() == 0 && System.nanoTime() < deadline) {
            workbench.page.waitForTimeout(1000);
            workbench.open(path);
        }
        workbench.shownOrPhotographed("rectification-row", () -> assertThat(found.first()).isVisible());
        return found.first();
    }

    private static String idIn(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(id.find()).as("an id in %s", json).isTrue();
        return id.group(1);
    }
}
