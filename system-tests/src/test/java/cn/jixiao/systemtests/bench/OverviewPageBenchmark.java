package cn.jixiao.systemtests.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

import cn.jixiao.systemtests.workbench.Chromium;

/**
 * Measures the district overview page (全区概览) on a running local stack ({@code ./jixiao up}) in Debian's Chromium,
 * as panlong-overseer, for the benchmark year seeded by {@link OverviewSeeder} (200 streets × 30 projects) and for
 * the demo's 2023 (a handful of projects) as the baseline. A benchmark to run by hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.OverviewPageBenchmark [-Dexec.args="http://localhost:8080 7 6 2030,2023"]</pre>
 *
 * (arguments: gateway, page loads per year, sorts per year, years). Per year:
 * <ul>
 *   <li><b>open</b>: a new browser context (cold HTTP cache) opens {@code /district/overview?year=…}; the first load
 *   is also the service's first request for that year if nobody asked before (its board is then loaded from the
 *   store), the following loads reload the page (warm cache, warm board). The time is the page's own clock
 *   ({@code performance.now()}, from navigation start) when the first {@code overview-row} is visible.</li>
 *   <li><b>sort</b>: clicks the 自评得分 column header (ascending, descending, none, …); from the click event (a capturing
 *   listener records its time) until the overview's answer that the click caused has arrived, the table's first
 *   row is that answer's first row and the loading mask has begun to fade out; and apart, until the mask's 0.3 s
 *   fade-out has ended.</li>
 *   <li><b>API</b>: the same JSON the page asked for (its own query), through the gateway with a bearer token: 20
 *   sequential requests of the opening query, 20 of the score sort, then 10 at once.</li>
 * </ul>
 */
public final class OverviewPageBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVERVIEW_API = "/api/evaluations/overview";
    private static final String FIRST_ROW_SHOWN = """
            () => {
              const row = document.querySelector('[data-testid=overview-row]');
              return row && row.getClientRects().length > 0 ? performance.now() : null;
            }""";
    /**
     * The time of the first row showing {@code code}, once the page has stopped loading: no loading mask covers the
     * table except one already fading out. Element Plus fades the mask out over 0.3 s after the rows are drawn
     * (el-loading-fade); the rows are the page's answer from the start of that fade, so it is not counted here but
     * measured apart ({@link #MASK_GONE}).
     */
    private static final String ROW_SHOWN = """
            code => {
              const row = document.querySelector('[data-testid=overview-row]');
              const busy = [...document.querySelectorAll('[data-testid=overview-table] .el-loading-mask')]
                  .some(mask => mask.getClientRects().length > 0 && getComputedStyle(mask).display !== 'none'
                      && ![...mask.classList].some(name => name.startsWith('el-loading-fade-leave')));
              return row && !busy && row.getAttribute('data-project-code') === code ? performance.now() : null;
            }""";
    /** The time no loading mask is visible over the table any more (its fade-out finished). */
    private static final String MASK_GONE = """
            () => [...document.querySelectorAll('[data-testid=overview-table] .el-loading-mask')]
                .every(mask => mask.getClientRects().length === 0 || getComputedStyle(mask).display === 'none')
                ? performance.now() : null""";

    private OverviewPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int sorts = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        List<Integer> years = args.length > 3
                ? java.util.Arrays.stream(args[3].split(",")).map(String::strip).map(Integer::valueOf).toList()
                : List.of(OverviewSeeder.YEAR, 2023);
        Path chromium = Chromium.binary().orElseThrow(() -> new IllegalStateException("apt-get install -y chromium"));
        String token = Measurements.login("panlong-overseer");
        List<String> results = new ArrayList<>();
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright, chromium)) {
            String state = signIn(browser, base);
            for (int year : years) {
                results.addAll(measure(browser, state, base, token, year, loads, sorts));
            }
        }
        System.out.printf("%n全区概览, panlong-overseer, load average now %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.forEach(System.out::println);
    }

    /** Signs in once on a page that is not the overview, so no year's overview is asked before it is measured. */
    private static String signIn(Browser browser, String base) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(base + "/district/templates");
            page.locator("#username").fill("panlong-overseer");
            page.locator("#password").fill("Jixiao-2026");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(base) && !url.contains("/realms/"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            return context.storageState();
        }
    }

    private static List<String> measure(Browser browser, String state, String base, String token, int year, int loads,
                                        int sorts) throws Exception {
        List<Long> opens = new ArrayList<>();
        List<Long> sortTimes = new ArrayList<>();
        List<Long> maskTimes = new ArrayList<>();
        String openQuery = null;
        String sortQuery = null;
        long projects;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state)
                .setViewportSize(1366, 768).setLocale("zh-CN"))) {
            context.addInitScript("document.addEventListener('click', () => { window.__clickAt = performance.now(); }, true);");
            Page page = context.newPage();
            String url = base + "/district/overview?year=" + year;
            for (int load = 0; load < loads; load++) {
                Response answer = page.waitForResponse(OverviewPageBenchmark::isOverview, () -> page.navigate(url));
                openQuery = URI.create(answer.url()).getRawQuery();
                double shown = ((Number) page.waitForFunction(FIRST_ROW_SHOWN).jsonValue()).doubleValue();
                opens.add(Math.round(shown));
            }
            projects = OverviewApi.projects(OverviewApi.get(base, token, year, "street", 0, 1));

            Locator header = page.locator("[data-testid=overview-table] th").filter(new Locator.FilterOptions().setHasText("自评得分")).first();
            for (int sort = 0; sort < sorts; sort++) {
                page.waitForLoadState(LoadState.NETWORKIDLE);
                Response answer = page.waitForResponse(OverviewPageBenchmark::isOverview, header::click);
                String query = URI.create(answer.url()).getRawQuery();
                if (query != null && query.contains("sort=score")) {
                    sortQuery = query;
                }
                JsonNode rows = JSON.readTree(answer.text()).path("rows");
                String firstCode = rows.path(0).path("projectCode").asText();
                double shown = ((Number) page.waitForFunction(ROW_SHOWN, firstCode).jsonValue()).doubleValue();
                double clicked = ((Number) page.evaluate("() => window.__clickAt")).doubleValue();
                sortTimes.add(Math.round(shown - clicked));
                double unmasked = ((Number) page.waitForFunction(MASK_GONE).jsonValue()).doubleValue();
                maskTimes.add(Math.round(unmasked - clicked));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "year %d, %,d projects", year, projects));
        lines.add(String.format(Locale.ROOT, "  open to first row shown: first (cold) %d ms, then median %d ms, p95 %d ms (all %s)",
                opens.get(0), median(opens.subList(Math.min(1, opens.size() - 1), opens.size())),
                percentile(opens.subList(Math.min(1, opens.size() - 1), opens.size()), 95), opens));
        lines.add(String.format(Locale.ROOT, "  sort by 自评得分, click to rows shown: median %d ms, p95 %d ms (all %s)",
                median(sortTimes), percentile(sortTimes, 95), sortTimes));
        lines.add(String.format(Locale.ROOT, "  the same, until the loading mask's fade-out has ended: median %d ms, p95 %d ms (all %s)",
                median(maskTimes), percentile(maskTimes, 95), maskTimes));
        lines.add(api(base, token, "  API, the page's opening query " + openQuery, openQuery));
        if (sortQuery != null) {
            lines.add(api(base, token, "  API, the page's score sort " + sortQuery, sortQuery));
        }
        return lines;
    }

    private static boolean isOverview(Response response) {
        return response.url().contains(OVERVIEW_API + "?") && "GET".equals(response.request().method());
    }

    /** 20 sequential requests, then 10 at once: each request's time through the gateway. */
    private static String api(String base, String token, String label, String query) throws Exception {
        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sequential.add(timed(base, token, query));
        }
        List<Long> concurrent = new ArrayList<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> timed(base, token, query)));
            }
            for (Future<Long> answer : answers) {
                concurrent.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return String.format(Locale.ROOT, "%s%n    20 sequential: median %d ms, p95 %d ms; 10 at once: median %d ms, "
                        + "slowest %d ms, all 10 answered in %d ms", label, median(sequential), percentile(sequential, 95),
                median(concurrent), Collections.max(concurrent), wall);
    }

    private static long timed(String base, String token, String query) throws Exception {
        long start = System.nanoTime();
        OverviewApi.get(base, token, query);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
