package cn.jixiao.systemtests.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import cn.jixiao.systemtests.LocalPlatform;
import cn.jixiao.systemtests.Logins;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A street office's self-evaluation in a real Chromium, against the whole local platform with the demo tenants
 * (issue #11): sign-in on Keycloak's page through the gateway's backend-for-frontend, the seed project's 98.00 优,
 * an actual changed and changed back, a ledger file refused row by row, the approver's submission, the final report's
 * PDF, another street's not-found page, no token in the browser, and axe-core on every main page. Screenshots of every
 * page land in {@code target/workbench-screenshots}.
 *
 * <p>Needs Debian's {@code chromium} ({@code .ci/run} installs it); without it the class is skipped with a loud message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

    private static final String SEED_PROJECT = "创建全省民族团结进步示范街道专项资金";
    private static final String PARTICIPATION = "各族群众参与主题活动人次";
    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    private LocalPlatform local;
    private Playwright playwright;
    private Browser browser;
    private String seedProjectId;

    @BeforeAll
    void startPlatformAndBrowser() {
        Optional<Path> chromium = Chromium.binary();
        if (chromium.isEmpty()) {
            System.err.println("""

                    ************************************************************************************
                    *  SKIPPED: the workbench's browser tests need Debian's chromium on the PATH.        *
                    *  Install it with:  apt-get install -y chromium   (.ci/run does this on CI)         *
                    ************************************************************************************
                    """);
        }
        assumeTrue(chromium.isPresent(), "Debian's chromium is not installed: the workbench's browser tests are skipped");
        // a page waits for events between services and for a busy two-core machine: assertions wait that long
        PlaywrightAssertions.setDefaultAssertionTimeout(EVENTUAL.toMillis());
        local = LocalPlatform.withDemoData();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium.get());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (local != null) {
            local.close();
        }
    }

    @Test
    @Order(1)
    void anEditorSignsInSeesTheSeedScoreAndAChangedActualMovesIt() {
        try (Workbench editor = signIn("jinchen-editor", "/projects")) {
            editor.holdsNoTokenInTheBrowser();
            assertThat(editor.testId("project-list")).containsText(SEED_PROJECT);
            editor.testId("project-link").filter(new Locator.FilterOptions().setHasText(SEED_PROJECT)).first().click();
            editor.page.waitForURL(Pattern.compile(".*/projects/[^/]+/.*"));
            seedProjectId = editor.page.url().replaceAll(".*/projects/([^/]+)/.*", "$1");

            editor.tab("自评");
            editor.expectText("score-total", "98.00");
            editor.expectText("score-grade", "优");

            setParticipation(editor, "2700人次");
            editor.tab("自评");
            scoreBecomes(editor, "97.00");

            setParticipation(editor, "3260人次");
            editor.tab("自评");
            scoreBecomes(editor, "98.00");
            editor.holdsNoTokenInTheBrowser();
        }
    }

    @Test
    @Order(2)
    void everyMainPageIsPhotographedAndHasNoSeriousAccessibilityViolation() {
        try (Workbench editor = signIn("jinchen-editor", "/projects")) {
            editor.screenshot("01-projects");
            editor.isAccessible("项目");
            String[][] pages = {{"overview", "项目概况"}, {"budget", "预算"}, {"ledger", "支出明细"}, {"indicators", "绩效指标"},
                    {"evidence", "佐证材料"}, {"survey", "满意度调查"}, {"self-evaluation", "自评"}, {"report", "报告"}};
            int n = 2;
            for (String[] page : pages) {
                editor.open("/projects/" + seedProjectId() + "/" + page[0]);
                editor.page.getByText(page[1]).first().waitFor();
                editor.screenshot(String.format("%02d-%s", n++, page[0]));
                editor.isAccessible(page[1]);
            }
        }
    }

    @Test
    @Order(3)
    void aLedgerFileWithOneBadRowIsRefusedWithItsErrorAndTheAnnotatedWorkbook() throws IOException {
        String csv = String.join("\n",
                "日期,金额（元）,经济分类编码,经济分类名称,收款方,凭证号,摘要",
                "2023-12-01,1200.00,30227,委托业务费,昆明金辰社区服务中心,BR-0001,年终走访慰问活动组织费",
                "2023-12-02,一千元,30227,委托业务费,昆明金辰社区服务中心,BR-0002,宣传资料印制费") + "\n";
        try (Workbench editor = signIn("jinchen-editor", "/projects/" + seedProjectId() + "/ledger")) {
            Locator upload = editor.testId("ledger-upload");
            Locator input = upload.evaluate("e => e.tagName").equals("INPUT") ? upload : upload.locator("input[type=file]").first();
            input.setInputFiles(new FilePayload("支出明细-有误.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            editor.screenshot("ledger-uploading");
            assertThat(editor.testId("import-errors")).containsText("3");
            assertThat(editor.testId("import-errors")).containsText("金额");
            editor.screenshot("ledger-refused");

            Download workbook = editor.page.waitForDownload(() -> editor.testId("annotated-workbook").click());
            Path saved = Files.createTempFile("annotated", ".xlsx");
            workbook.saveAs(saved);
            assertThat(Files.readAllBytes(saved)).as("an XLSX is a ZIP").startsWith((byte) 'P', (byte) 'K');
        }
    }

    @Test
    @Order(4)
    void anotherStreetsEditorOpeningTheSeedProjectSeesNotFound() {
        try (Workbench tuodong = signIn("tuodong-editor", "/projects/" + seedProjectId() + "/overview")) {
            assertThat(tuodong.testId("not-found")).isVisible();
            assertThat(tuodong.page.locator("body")).not().containsText(SEED_PROJECT);
            tuodong.screenshot("not-found");
        }
    }

    @Test
    @Order(5)
    void theApproverSubmitsAndTheFinalReportsPdfDownloadsOnceTheDistrictFinalizes() throws IOException {
        try (Workbench approver = signIn("jinchen-approver", "/projects/" + seedProjectId() + "/self-evaluation")) {
            approver.expectText("score-total", "98.00");
            approver.testId("submit-evaluation").click();
            approver.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交")).click();
            approver.shownOrPhotographed("submitted", () -> assertThat(approver.page.locator(".project-head, body").first())
                    .containsText("已提交"));
            approver.screenshot("submitted");

            new DistrictSteps(local.platform(), new Logins(local.platform().tokenEndpoint())).reviewApproveAndFinalize(seedProjectId);

            approver.open("/projects/" + seedProjectId() + "/report");
            Locator render = approver.testId("render-final");
            if (render.isVisible() && render.isEnabled()) {
                render.click();
            }
            Locator pdf = approver.testId("download-pdf").first();
            pdf.waitFor(new Locator.WaitForOptions().setTimeout(EVENTUAL.toMillis() * 4));
            Download download = approver.page.waitForDownload(pdf::click);
            Path saved = Files.createTempFile("final-report", ".pdf");
            download.saveAs(saved);
            assertThat(new String(Files.readAllBytes(saved), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            approver.screenshot("final-report");
        }
    }

    private Workbench signIn(String username, String path) {
        return Workbench.signIn(browser, local.browserUrl(), username, Logins.PASSWORD, path);
    }

    private String seedProjectId() {
        assumeTrue(seedProjectId != null, "the first test finds the seed project");
        return seedProjectId;
    }

    private static void setParticipation(Workbench editor, String actual) {
        editor.tab("绩效指标");
        Locator row = editor.page.locator("[data-testid=indicator-row][data-indicator-name='" + PARTICIPATION + "']");
        Locator field = Workbench.field(row.getByTestId("actual-input"));
        field.fill(actual);
        // the save's own answer, not a toast: an earlier save's 已保存 may still be on the screen
        Response saved = editor.page.waitForResponse(
                response -> response.url().endsWith("/indicators/actuals") && "PUT".equals(response.request().method()),
                () -> editor.testId("save-actuals").click());
        assertThat(saved.status()).as("the actuals' one save").isEqualTo(200);
        assertThat(editor.testId("save-actuals")).not().containsText("项");
    }

    /** The score is recomputed from project-service's events a moment after the save; the page asks again. */
    private static void scoreBecomes(Workbench editor, String total) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        Locator refresh = editor.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("刷新得分"));
        Locator score = editor.testId("score-total");
        while (!(score.count() > 0 && score.innerText().contains(total)) && System.nanoTime() < deadline) {
            editor.page.waitForTimeout(1000);
            if (refresh.isVisible() && refresh.isEnabled()) {
                refresh.click();
            }
        }
        editor.shownOrPhotographed("score-" + total, () -> editor.expectText("score-total", total));
    }
}
