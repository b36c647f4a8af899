package cn.jixiao.systemtests.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import cn.jixiao.systemtests.workbench.Chromium;

/**
 * Measures the workbench on a running local stack ({@code ./jixiao up}) in Debian's Chromium: the first load of the
 * project list with a cold cache (signed in, nothing cached), the JavaScript shipped before that first screen
 * (gzipped, as sent and as gzip -6 would make it), and the warm click from a project's page to its score on the 自评
 * page. A benchmark to run by hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.WorkbenchLoadBenchmark [-Dexec.args="http://localhost:8080 7"]</pre>
 */
public final class WorkbenchLoadBenchmark {

    private WorkbenchLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path chromium = Chromium.binary().orElseThrow(() -> new IllegalStateException("apt-get install -y chromium"));
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright, chromium)) {
            // sign in once; every run then starts from a new context that has only the session cookie: a cold cache
            BrowserContext signIn = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
            Page page = signIn.newPage();
            page.navigate(base + "/projects");
            page.locator("#username").fill("jinchen-editor");
            page.locator("#password").fill("Jixiao-2026");
            page.locator("#kc-login").click();
            page.getByTestId("project-list").waitFor();
            String state = signIn.storageState();
            signIn.close();

            List<Long> firstLoad = new ArrayList<>();
            List<Long> toScore = new ArrayList<>();
            long jsSent = 0;
            long jsGzip = 0;
            for (int run = 0; run < runs; run++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state)
                        .setViewportSize(1366, 768).setLocale("zh-CN"))) {
                    Page cold = context.newPage();
                    AtomicLong sent = new AtomicLong();
                    AtomicLong gzip = new AtomicLong();
                    cold.onRequestFinished(request -> {
                        if (request.url().endsWith(".js")) {
                            sent.addAndGet(request.sizes().responseBodySize);
                            gzip.addAndGet(gzipped(request.response().body()));
                        }
                    });
                    long start = System.nanoTime();
                    cold.navigate(base + "/projects");
                    cold.getByTestId("project-link").first().waitFor();
                    firstLoad.add((System.nanoTime() - start) / 1_000_000);
                    jsSent = sent.get();
                    jsGzip = gzip.get();

                    cold.getByTestId("project-link").first().click();
                    cold.waitForLoadState(LoadState.NETWORKIDLE);
                    cold.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("自评").setExact(true)).first().click();
                    cold.getByTestId("score-total").waitFor();
                    cold.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("项目概况").setExact(true)).first().click();
                    cold.waitForLoadState(LoadState.NETWORKIDLE);
                    // warm: the 自评 page's code is cached; from the click to the score shown
                    long click = System.nanoTime();
                    cold.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("自评").setExact(true)).first().click();
                    cold.waitForFunction("() => /\\d+\\.\\d{2}/.test(document.querySelector('[data-testid=score-total]')?.textContent ?? '')");
                    toScore.add((System.nanoTime() - click) / 1_000_000);
                }
            }
            System.out.printf("first load of the project list, cold cache: median %d ms (runs %s)%n", median(firstLoad), firstLoad);
            System.out.printf("JavaScript before the first screen: %.1f KB as sent, %.1f KB gzipped%n", jsSent / 1024.0, jsGzip / 1024.0);
            System.out.printf("自评 page, warm, click to score shown: median %d ms (runs %s)%n", median(toScore), toScore);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long gzipped(byte[] body) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
            gzip.finish();
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
