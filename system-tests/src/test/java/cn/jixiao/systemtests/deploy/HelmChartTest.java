package cn.jixiao.systemtests.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import cn.jixiao.devstack.RepoRoot;

/**
 * Lints and renders the Helm chart at {@code helm/jixiao} with helm-java, which runs the real
 * Helm (as a bundled native library) in-process: no helm binary and no cluster needed.
 *
 * <p>Test dependencies: {@code com.marcnuri.helm-java:helm-java:0.0.21} (pulls in the native
 * library for the build machine's OS/arch through OS-activated profiles, e.g.
 * {@code com.marcnuri.helm-java:linux-amd64}) and {@code org.yaml:snakeyaml} (version managed by
 * the Spring Boot parent).
 */
class HelmChartTest {

    private static final String RELEASE = "jixiao";

    private static final Set<String> SERVICES =
            Set.of("gateway", "project-service", "evaluation-service", "report-service");

    private static Path chart;

    @BeforeAll
    static void locateChart() {
        chart = RepoRoot.find(Path.of("")).resolve("helm").resolve("jixiao");
    }

    @Test
    void lintPassesInStrictMode() {
        LintResult result = new Helm(chart).lint().strict().call();

        assertFalse(result.isFailed(), () -> "helm lint failed:\n" + String.join("\n", result.getMessages()));
    }

    @Test
    void rendersOneDeploymentWithActuatorProbesPerService() {
        List<Map<String, Object>> deployments = render(t -> t).stream()
                .filter(doc -> "Deployment".equals(doc.get("kind")))
                .toList();

        assertEquals(4, deployments.size());
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> deployment : deployments) {
            names.add(name(deployment));
            Map<String, Object> container = container(deployment);
            assertEquals("/actuator/health/readiness", probePath(container, "readinessProbe"), name(deployment));
            assertEquals("/actuator/health/liveness", probePath(container, "livenessProbe"), name(deployment));
            assertTrue(map(container, "resources").containsKey("limits"), name(deployment) + " has no limits");
        }
        assertEquals(prefixed(SERVICES), names);
    }

    @Test
    void theServicesWithDataReadMongoUriFromTheSecret() {
        Set<String> withMongo = new TreeSet<>();
        for (Map<String, Object> doc : render(t -> t)) {
            if ("Deployment".equals(doc.get("kind"))) {
                List<Map<String, Object>> env = list(container(doc), "env");
                boolean mongo = env.stream().anyMatch(e -> "MONGODB_URI".equals(e.get("name")) && e.containsKey("valueFrom"));
                if (mongo) {
                    withMongo.add(name(doc));
                }
            }
        }
        // the gateway's data are the workbench's browser sessions (docs/adr/0010)
        assertEquals(prefixed(Set.of("gateway", "project-service", "evaluation-service", "report-service")), withMongo);
    }

    @Test
    void sharedConfigMapPointsTheGatewayAtTheServices() {
        Map<String, Object> configMap = render(t -> t).stream()
                .filter(doc -> "ConfigMap".equals(doc.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> data = map(configMap, "data");

        assertEquals("http://jixiao-project-service:8081", data.get("PROJECT_SERVICE_URL"));
        assertEquals("http://jixiao-evaluation-service:8082", data.get("EVALUATION_SERVICE_URL"));
        assertEquals("http://jixiao-report-service:8083", data.get("REPORT_SERVICE_URL"));
        assertTrue(data.keySet().containsAll(Set.of("JIXIAO_ISSUER", "JIXIAO_JWK_SET_URI", "KAFKA_BOOTSTRAP_SERVERS")));
    }

    @Test
    void ingressIsOffByDefaultAndExposesOnlyTheGateway() {
        assertTrue(render(t -> t).stream().noneMatch(doc -> "Ingress".equals(doc.get("kind"))));

        Map<String, Object> ingress = render(t -> t.set("ingress.enabled", true)).stream()
                .filter(doc -> "Ingress".equals(doc.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> rule = list(map(ingress, "spec"), "rules").get(0);
        Map<String, Object> path = list(map(rule, "http"), "paths").get(0);
        assertEquals(RELEASE + "-gateway", map(map(path, "backend"), "service").get("name"));
    }

    // --- helpers -------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> options) {
        String manifest = options.apply(new Helm(chart).template().withName(RELEASE).withNamespace("jixiao")).call();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(manifest)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static Set<String> prefixed(Set<String> services) {
        Set<String> names = new TreeSet<>();
        services.forEach(s -> names.add(RELEASE + "-" + s));
        return names;
    }

    private static String name(Map<String, Object> doc) {
        return (String) map(doc, "metadata").get("name");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> podSpec = map(map(map(deployment, "spec"), "template"), "spec");
        return list(podSpec, "containers").get(0);
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container, probe), "httpGet").get("path");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, () -> key + " missing in " + parent.keySet());
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, () -> key + " missing in " + parent.keySet());
        return (List<Map<String, Object>>) value;
    }
}
