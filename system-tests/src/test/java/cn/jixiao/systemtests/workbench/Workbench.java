package cn.jixiao.systemtests.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at an office PC with the workbench open: a browser context of its own (its own cookies), 1366×768, in
 * Chinese. Signs in through Keycloak's login page as people do, and knows the workbench's pages by what they show.
 */
final class Workbench implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/workbench-screenshots");
    private static final Duration SIGN_IN = Duration.ofSeconds(90);
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.");

    private final String baseUrl;
    private final String username;
    private final BrowserContext context;
    private final List<String> findings = new ArrayList<>();
    final Page page;

    private Workbench(Browser browser, String baseUrl, String username) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setLocale("zh-CN")
                .setAcceptDownloads(true));
        this.context.setDefaultTimeout(30_000);
        this.page = context.newPage();
        // a refused API call shows only briefly on the page; the test's output keeps it
        this.page.onResponse(response -> {
            if (response.status() >= 400 && response.url().contains("/api/")) {
                System.out.printf("[%s] %s %s -> %d %s%n", username, response.request().method(), response.url(),
                        response.status(), response.text());
            }
        });
    }

    /** Opens the workbench at {@code path}, signing in on Keycloak's page as {@code username}. */
    static Workbench signIn(Browser browser, String baseUrl, String username, String password, String path) {
        Workbench workbench = new Workbench(browser, baseUrl, username);
        Page page = workbench.page;
        page.navigate(baseUrl + path);
        page.locator("#username").waitFor();
        // Keycloak's page, in Chinese and with Jixiao's name (the realm's login theme)
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("绩效"));
        assertThat(page.locator("body")).containsText("登录");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        // the way back (Keycloak, the gateway's code exchange, the session, the first page) is slow on a busy machine:
        // the click does not wait for it under the default timeout, the redirect is awaited for longer
        page.locator("#kc-login").click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL(url -> url.startsWith(baseUrl), new Page.WaitForURLOptions().setTimeout(SIGN_IN.toMillis()));
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(SIGN_IN.toMillis()));
        return workbench;
    }

    /** A call of the workbench's own API with this browser's session, as the page's scripts make it. */
    APIResponse apiGet(String path) {
        return page.request().get(baseUrl + path);
    }

    void open(String path) {
        page.navigate(baseUrl + path);
        // a page's PDF preview is rendered on opening: slow on a busy machine
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(SIGN_IN.toMillis()));
    }

    /** One of a project's pages by its tab, as a clerk clicks it. */
    void tab(String title) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    Locator testId(String id) {
        return page.getByTestId(id);
    }

    /** The text field of an Element Plus input carrying a test id on its wrapper, or the field itself. */
    static Locator field(Locator labelled) {
        Locator inner = labelled.locator("input, textarea");
        return inner.count() > 0 ? inner.first() : labelled;
    }

    /** Every token stays at the gateway: none in web storage, none in a cookie that script can read. */
    void holdsNoTokenInTheBrowser() {
        String storage = (String) page.evaluate("() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage },"
                + " cookies: document.cookie })");
        assertThat(storage).as("localStorage, sessionStorage and document.cookie").doesNotContainPattern(JWT);
        for (Cookie cookie : context.cookies()) {
            if (JWT.matcher(cookie.value).find()) {
                assertThat(cookie.httpOnly).as("cookie %s carries a JWT and must be HttpOnly", cookie.name).isTrue();
            }
        }
        List<Cookie> session = context.cookies(baseUrl).stream().filter(c -> c.name.equals("JIXIAO_SESSION")).toList();
        assertThat(session).as("the gateway's session cookie").isNotEmpty();
        assertThat(session.get(0).httpOnly).isTrue();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(username + "-" + name + ".png")).setFullPage(true));
    }

    /**
     * axe-core on the page as shown: nothing serious or critical (WCAG 2 A and AA rules). A violation is recorded (and
     * photographed) and the test goes on, so one run lists every page's; {@link #hasNoFindings()} fails with them all.
     */
    void isAccessible(String name) {
        // judged as it stands, not mid-animation: Element Plus fades and zooms a tag in as it appears (its
        // el-zoom-in-center transition), and axe-core measuring a half-transparent 已提交 tag finds its contrast
        // too low; so the check waits two frames (Vue starts a transition on the next one) and every running one
        page.evaluate("async () => { await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));"
                + " await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null))); }");
        List<String> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                .getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        record("serious or critical accessibility violations on " + name, violations);
    }

    /** The auditor's rule on the page as shown: not one write control rendered (see {@link ReadOnlyWalk}); recorded. */
    void offersNoWrite(String name) {
        record("write controls an auditor is offered on " + name, ReadOnlyWalk.writeControlsOn(page));
    }

    /** Every accessibility violation and offered write recorded on this person's pages: none. */
    void hasNoFindings() {
        assertThat(findings).as("findings on %s's pages", username).isEmpty();
    }

    private void record(String what, List<String> found) {
        if (!found.isEmpty()) {
            String finding = what + ": " + found;
            System.out.printf("[%s] %s%n", username, finding);
            findings.add(finding);
            screenshot("finding-" + findings.size());
        }
    }

    /** Runs a check; if it fails, the page as it was is kept beside the other screenshots. */
    void shownOrPhotographed(String name, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            screenshot("failed-" + name);
            throw e;
        }
    }

    /**
     * A workflow step of the district that cannot be undone: its button, then the confirming message box's primary
     * button; done when the service has answered the step's POST.
     */
    void takeStep(String buttonTestId, String step) {
        Response answer = page.waitForResponse(
                response -> response.url().endsWith("/" + step) && "POST".equals(response.request().method()),
                () -> {
                    testId(buttonTestId).click();
                    page.locator(".el-message-box .el-message-box__btns .el-button--primary").click();
                });
        assertThat(answer.status()).as("the step %s", step).isBetween(200, 299);
    }

    /**
     * The review page's 复核分 for one line with its reason, saved; done when the service has answered the save. The
     * page reloads the evaluation after a step, replacing the lines' drafts: a value typed before that reload is gone
     * and 保存复核分 sends nothing, so it is typed again until the save goes out.
     */
    void setReviewScore(String indicatorName, String score, String reason) {
        Locator line = page.locator("[data-testid=review-line][data-indicator-name='" + indicatorName + "']");
        for (int attempt = 1; ; attempt++) {
            field(line.getByTestId("review-score-input")).fill(score);
            field(line.getByTestId("review-reason-input")).fill(reason);
            try {
                Response saved = page.waitForResponse(
                        response -> response.url().endsWith("/review-scores") && "PUT".equals(response.request().method()),
                        new Page.WaitForResponseOptions().setTimeout(15_000),
                        () -> testId("review-scores-save").click());
                assertThat(saved.status()).as("the review score's save").isEqualTo(200);
                return;
            } catch (TimeoutError e) {
                if (attempt == 3) {
                    screenshot("failed-review-score");
                    throw e;
                }
            }
        }
    }

    void expectText(String testId, String text) {
        assertThat(testId(testId)).containsText(text);
    }

    @Override
    public void close() {
        context.close();
    }
}
