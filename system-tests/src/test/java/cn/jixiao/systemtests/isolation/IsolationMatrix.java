package cn.jixiao.systemtests.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.Platform;

/**
 * Runs every route the services declare with every role's real token against its own street, a sibling street, a
 * street of another district and without a token, through the gateway, and compares each answer with
 * {@code isolation/expected.csv}. Reads run before writes, and writes carry a stale version where they take one,
 * so an allowed write is refused as a conflict instead of changing what later cells read.
 */
public final class IsolationMatrix {

    private static final int MAX_RATE_LIMIT_RETRIES = 5;

    private final Platform platform;
    private final WebTestClient gateway;
    private final Logins logins;
    private final Map<String, String> tokens = new HashMap<>();

    public IsolationMatrix(Platform platform) {
        this.platform = platform;
        this.gateway = WebTestClient.bindToServer().baseUrl(platform.gatewayUrl()).responseTimeout(Duration.ofSeconds(60)).build();
        this.logins = new Logins(platform.tokenEndpoint());
    }

    public Outcome run() {
        long started = System.nanoTime();
        ExpectedTable table = ExpectedTable.load();
        RequestRecipes recipes = RequestRecipes.load();
        List<Route> routes = OpenApiRoutes.of(platform.serviceUrls());
        List<String> problems = new ArrayList<>(tableProblems(table, routes));

        boolean streetAccounts = routes.stream().anyMatch(route -> route.key().equals(StreetSetup.OPEN_ACCOUNT));
        StreetSetup setup = new StreetSetup(gateway, this::token, streetAccounts);
        Map<Target, StreetResources> streets = new LinkedHashMap<>();
        streets.put(Target.OWN, setup.create("jinchen", "jinchen-editor", "panlong", "昆明市盘龙区人民政府金辰街道办事处"));
        streets.put(Target.SIBLING, setup.create("tuodong", "tuodong-editor", "panlong", "昆明市盘龙区人民政府拓东街道办事处"));
        streets.put(Target.OTHER_DISTRICT, setup.create("huashan", "huashan-editor", "wuhua", "昆明市五华区人民政府华山街道办事处"));
        long cellsStarted = System.nanoTime();

        List<CellResult> cells = new ArrayList<>();
        Map<String, Map<Column, String>> observed = new LinkedHashMap<>();
        // reads first, then writes in the table's order, so a write that the table places last (disabling a
        // tenant, removing an account) cannot change what an earlier cell finds
        Map<String, Route> declared = new LinkedHashMap<>();
        routes.forEach(route -> declared.put(route.key(), route));
        List<Route> inOrder = table.routeKeys().stream().map(declared::get).filter(route -> route != null)
                .sorted(Comparator.comparing((Route route) -> !route.reads())).toList();
        for (Route route : inOrder) {
            Map<Column, String> row = new LinkedHashMap<>();
            observed.put(route.key(), row);
            for (Column column : table.columns()) {
                Expectation expected = table.expected(route, column);
                CellRequest request = CellRequest.of(route, recipes.of(route), streets.get(column.target()));
                if (!request.targeted() && column.crossTenant()) {
                    row.put(column, "-");
                    if (expected != Expectation.NOT_APPLICABLE) {
                        problems.add(route + " names no street's resource, so " + column.heading()
                                + " is the same call as the own street's: write '-' in that cell of " + ExpectedTable.SOURCE_FILE);
                    }
                    continue;
                }
                if (expected == Expectation.NOT_APPLICABLE) {
                    problems.add(route + " reaches " + column.target().street() + "'s resources, so " + column.heading()
                            + " must be ALLOW, DENY or 401, not '-', in " + ExpectedTable.SOURCE_FILE);
                }
                EntityExchangeResult<byte[]> answer = call(request, column.caller());
                int status = answer.getStatus().value();
                row.put(column, Expectation.observed(status).cell() + " " + status);
                CellResult cell = CellResult.judge(route, column, expected, status,
                        foreignData(answer, column.caller(), streets));
                cells.add(cell);
            }
        }
        Outcome outcome = new Outcome(cells, problems, Duration.ofNanos(cellsStarted - started),
                Duration.ofNanos(System.nanoTime() - cellsStarted));
        writeObserved(table, observed);
        return outcome;
    }

    private List<String> tableProblems(ExpectedTable table, List<Route> routes) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (Route route : routes) {
            declared.add(route.key());
            if (!table.has(route)) {
                problems.add("The services declare " + route + " but " + ExpectedTable.SOURCE_FILE
                        + " has no row for it: add one saying who may call it for which street (and a body in "
                        + RequestRecipes.RESOURCE + " if it writes)");
            }
        }
        for (String key : table.routeKeys()) {
            if (!declared.contains(key)) {
                problems.add(ExpectedTable.SOURCE_FILE + " has a row for " + key + ", which no service declares any more: remove it");
            }
        }
        return problems;
    }

    private EntityExchangeResult<byte[]> call(CellRequest request, Caller caller) {
        for (int attempt = 0; ; attempt++) {
            WebTestClient.RequestBodySpec spec = gateway.method(HttpMethod.valueOf(request.route().method()))
                    .uri(builder -> {
                        builder.path(request.route().path());
                        request.query().forEach(builder::queryParam);
                        return builder.build(request.pathValues());
                    });
            if (!caller.anonymous()) {
                spec.headers(headers -> headers.setBearerAuth(token(caller.username())));
            }
            WebTestClient.RequestHeadersSpec<?> ready = spec;
            if (request.multipart() != null) {
                ready = spec.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(request.multipart());
            } else if (request.json() != null) {
                ready = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(request.json());
            }
            EntityExchangeResult<byte[]> answer = ready.exchange().expectBody(byte[].class).returnResult();
            if (answer.getStatus().value() != 429 || attempt >= MAX_RATE_LIMIT_RETRIES) {
                return answer;
            }
            // the gateway's rate limit is not what this matrix measures: wait as told and ask again
            String retryAfter = answer.getResponseHeaders().getFirst("Retry-After");
            sleep(Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter.trim())));
        }
    }

    /** Which street's data a successful answer shows that the caller may not see, or {@code null}. */
    private static String foreignData(EntityExchangeResult<byte[]> answer, Caller caller, Map<Target, StreetResources> streets) {
        if (!answer.getStatus().is2xxSuccessful() || answer.getResponseBody() == null) {
            return null;
        }
        String body = new String(answer.getResponseBody(), StandardCharsets.UTF_8);
        for (StreetResources street : streets.values()) {
            if (caller.visibleStreets().contains(street.street())) {
                continue;
            }
            for (String value : street.identifyingValues()) {
                if (body.contains(value)) {
                    return street.street() + "'s " + value;
                }
            }
        }
        return null;
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, logins::accessToken);
    }

    /** What the platform answered, in the table's own format, for a developer to compare or to copy rows from. */
    private static void writeObserved(ExpectedTable table, Map<String, Map<Column, String>> observed) {
        StringBuilder csv = new StringBuilder("# what the platform answered: the table's value, then the status\n")
                .append(table.heading()).append('\n');
        observed.forEach((route, row) -> {
            csv.append(route);
            table.columns().forEach(column -> csv.append(',').append(row.getOrDefault(column, "-")));
            csv.append('\n');
        });
        try {
            Path file = Path.of("target/isolation/observed.csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param cells    every cell run
     * @param problems routes missing from the table or rows for routes gone, cells that should be '-' or not
     * @param setup    how long creating the three streets' resources took
     * @param running  how long the cells took
     */
    public record Outcome(List<CellResult> cells, List<String> problems, Duration setup, Duration running) {

        public long leaks() {
            return cells.stream().filter(CellResult::leaks).count();
        }

        public long mismatches() {
            return cells.stream().filter(CellResult::mismatched).count();
        }

        public boolean holds() {
            return problems.isEmpty() && leaks() == 0 && mismatches() == 0;
        }

        /** {@code N cells, 0 leaks} and the rest, as the build log shows it. */
        public String summary() {
            return String.format("%d cells, %d leaks, %d mismatches, %d table problems; %.1f s for the cells after %.1f s of setup",
                    cells.size(), leaks(), mismatches(), problems.size(), running.toMillis() / 1000.0, setup.toMillis() / 1000.0);
        }

        /** Every leak, mismatch and table problem, one a line. */
        public String details() {
            StringBuilder details = new StringBuilder();
            cells.stream().filter(CellResult::leaks).forEach(cell -> details.append("LEAK ").append(cell).append('\n'));
            cells.stream().filter(CellResult::mismatched).forEach(cell -> details.append("MISMATCH ").append(cell).append('\n'));
            problems.forEach(problem -> details.append("TABLE ").append(problem).append('\n'));
            return details.toString();
        }
    }
}
