package cn.jixiao.systemtests.isolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every route the services declare, read from the OpenAPI document each serves at {@code /v3/api-docs}: a new
 * endpoint joins the matrix by being written, not by someone remembering to list it.
 */
final class OpenApiRoutes {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private OpenApiRoutes() {
    }

    static List<Route> of(List<String> serviceUrls) {
        List<Route> routes = new ArrayList<>();
        for (String serviceUrl : serviceUrls) {
            Map<?, ?> document = WebTestClient.bindToServer().baseUrl(serviceUrl).responseTimeout(Duration.ofSeconds(30)).build()
                    .get().uri("/v3/api-docs").exchange()
                    .expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            Map<?, ?> paths = (Map<?, ?>) document.get("paths");
            paths.forEach((path, operations) -> ((Map<?, ?>) operations).forEach((method, operation) -> {
                if (METHODS.contains(method) && ((String) path).startsWith("/api/")) {
                    routes.add(new Route(((String) method).toUpperCase(), (String) path,
                            requiredQueryParameters((Map<?, ?>) operation)));
                }
            }));
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    private static List<String> requiredQueryParameters(Map<?, ?> operation) {
        List<String> names = new ArrayList<>();
        Object parameters = operation.get("parameters");
        if (parameters instanceof List<?> list) {
            for (Object parameter : list) {
                Map<?, ?> declared = (Map<?, ?>) parameter;
                if ("query".equals(declared.get("in")) && Boolean.TRUE.equals(declared.get("required"))) {
                    names.add((String) declared.get("name"));
                }
            }
        }
        return names;
    }
}
