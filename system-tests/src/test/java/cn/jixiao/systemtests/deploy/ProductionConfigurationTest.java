package cn.jixiao.systemtests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import cn.jixiao.devstack.RepoRoot;

/**
 * What must hold before docker-compose.yml or the Helm chart goes near production: every password and client
 * secret comes from the environment or an existing Secret, Keycloak runs in production mode ({@code start}) with
 * the production realm, Kafka demands a login and an ACL for everything, and the production realm has no
 * password grant for the browser client, brute-force detection, a password policy, TLS for external addresses
 * and no demo users.
 */
class ProductionConfigurationTest {

    private static final Path ROOT = RepoRoot.find(Path.of(""));
    /** A variable that compose must refuse to start without: {@code ${NAME:?why}}. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]*}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret).*");
    /** password="..." or user_x="..." inside JAAS lines and properties. */
    private static final Pattern JAAS_SECRET = Pattern.compile("(password|user_[\\w-]+)=\"([^\"]*)\"");
    private static final Set<String> BACKENDS = Set.of("project-service", "evaluation-service", "report-service");
    private static final Set<String> SERVICES = Set.of("gateway", "project-service", "evaluation-service", "report-service");

    // --- docker-compose.yml --------------------------------------------------------------

    @Test
    void composeTakesEverySecretFromTheEnvironmentAndRefusesToStartWithoutIt() throws IOException {
        var literals = new ArrayList<String>();
        composeServices().forEach((service, definition) -> environment(definition).forEach((name, value) -> {
            var text = String.valueOf(value);
            if (SECRET_NAME.matcher(name).matches() && !REQUIRED_VARIABLE.matcher(text).matches()) {
                literals.add(service + ": " + name);
            }
            var jaas = JAAS_SECRET.matcher(text);
            while (jaas.find()) {
                if (!REQUIRED_VARIABLE.matcher(jaas.group(2)).matches()) {
                    literals.add(service + ": " + name + " " + jaas.group(1));
                }
            }
        }));

        assertThat(literals).as("secrets written into docker-compose.yml").isEmpty();
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).doesNotContain("admin/admin");
    }

    @Test
    void composeRunsKeycloakInProductionModeWithTheProductionRealm() throws IOException {
        var keycloak = composeServices().get("keycloak");

        assertThat(keycloak.get("command")).asList().first().isEqualTo("start");
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).doesNotContain("start-dev");
        assertThat(environment(keycloak)).containsEntry("KC_DB", "postgres").containsKey("KC_HOSTNAME")
                .containsEntry("KC_HEALTH_ENABLED", "true");
        assertThat(keycloak.get("volumes")).asList().anySatisfy(volume -> assertThat(String.valueOf(volume))
                .startsWith("./helm/jixiao/files/jixiao-realm-production.json:/opt/keycloak/data/import/"));
    }

    @Test
    void composeKafkaDemandsALoginAndAnAclAndEachServiceLogsInAsItself() throws IOException {
        var services = composeServices();
        var kafka = environment(services.get("kafka"));

        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
                .isEqualTo("CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                        "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:jixiao-admin");
        for (var backend : BACKENDS) {
            var env = environment(services.get(backend));
            assertThat(env).as(backend).containsEntry("KAFKA_SASL_USERNAME", backend);
            assertThat(String.valueOf(env.get("KAFKA_SASL_PASSWORD"))).as(backend)
                    .startsWith("${KAFKA_" + backend.toUpperCase().replace('-', '_') + "_PASSWORD:?");
            assertThat(map(map(services.get(backend), "depends_on"), "kafka-setup"))
                    .containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void composePublishesPortsOnTheLoopbackInterfaceOnly() throws IOException {
        var published = new TreeSet<String>();
        composeServices().forEach((service, definition) -> {
            if (definition.get("ports") instanceof List<?> ports) {
                ports.forEach(port -> published.add(String.valueOf(port)));
            }
        });

        assertThat(published).containsExactly("127.0.0.1:18080:8080", "127.0.0.1:8080:8080");
    }

    // --- Helm ----------------------------------------------------------------------------

    @Test
    void theRenderedChartHoldsNoSecretValueOnlyReferencesToTheExistingSecret() {
        var manifest = new Helm(chart()).template().withName("jixiao").withNamespace("jixiao")
                .set("keycloak.enabled", true).call();
        var literals = new ArrayList<String>();
        var references = new TreeSet<String>();
        for (var doc : documents(manifest)) {
            if ("Secret".equals(doc.get("kind"))) {
                map(doc, "stringData").forEach((key, value) -> {
                    if (String.valueOf(value).matches(".*//[^/@]*:[^/@]*@.*")) {
                        literals.add("Secret " + key + " holds a credential");
                    }
                });
            }
            for (var container : containers(doc)) {
                for (var env : list(container, "env")) {
                    var name = String.valueOf(env.get("name"));
                    if (SECRET_NAME.matcher(name).matches()) {
                        if (env.containsKey("value")) {
                            literals.add(container.get("name") + ": " + name);
                        } else {
                            references.add(String.valueOf(map(map(env, "valueFrom"), "secretKeyRef").get("name")));
                        }
                    }
                }
            }
        }

        assertThat(literals).as("secret values in the rendered chart").isEmpty();
        assertThat(references).containsExactly("jixiao-secrets");
    }

    @Test
    void theChartRunsKeycloakInProductionModeWithTheProductionRealm() {
        var manifest = new Helm(chart()).template().withName("jixiao").withNamespace("jixiao")
                .set("keycloak.enabled", true).call();
        var keycloak = documents(manifest).stream()
                .filter(doc -> "Deployment".equals(doc.get("kind")) && "jixiao-keycloak".equals(map(doc, "metadata").get("name")))
                .flatMap(doc -> containers(doc).stream())
                .findFirst().orElseThrow();
        var realm = documents(manifest).stream()
                .filter(doc -> "ConfigMap".equals(doc.get("kind")) && "jixiao-keycloak-realm".equals(map(doc, "metadata").get("name")))
                .findFirst().orElseThrow();

        assertThat(list(keycloak, "args").toString()).doesNotContain("start-dev");
        assertThat((List<?>) keycloak.get("args")).first().isEqualTo("start");
        assertThat(String.valueOf(map(realm, "data").get("jixiao-realm.json"))).contains("\"sslRequired\": \"external\"");
        assertThat(manifest).doesNotContain("start-dev");
    }

    @Test
    void theChartGivesEachBackEndItsOwnKafkaPrincipalAndRunsTheSetupScriptBeforeInstalling() throws IOException {
        // helm-java renders the release's manifest without its hooks, so the Job is looked at as a plain one
        var manifest = new Helm(chart()).template().withName("jixiao").withNamespace("jixiao")
                .set("kafka.setup.helmHook", false).call();
        var principals = new TreeSet<String>();
        Map<String, Object> job = null;
        for (var doc : documents(manifest)) {
            if ("Job".equals(doc.get("kind"))) {
                job = doc;
            }
            for (var container : containers(doc)) {
                for (var env : list(container, "env")) {
                    if ("KAFKA_SASL_USERNAME".equals(env.get("name"))) {
                        principals.add(container.get("name") + "=" + env.get("value"));
                    }
                }
            }
        }

        assertThat(principals).containsExactly("evaluation-service=evaluation-service", "project-service=project-service",
                "report-service=report-service");
        assertThat(job).as("the kafka-setup Job").isNotNull();
        var setup = containers(job).get(0);
        assertThat(setup.get("command")).asList().containsExactly("bash", "/opt/jixiao/kafka-setup.sh");
        assertThat(list(setup, "env")).extracting(env -> env.get("name")).contains("KAFKA_ADMIN_PASSWORD",
                "KAFKA_PROJECT_SERVICE_PASSWORD", "KAFKA_EVALUATION_SERVICE_PASSWORD", "KAFKA_REPORT_SERVICE_PASSWORD");
        var script = documents(manifest).stream().filter(doc -> "ConfigMap".equals(doc.get("kind"))
                && "jixiao-kafka-setup".equals(map(doc, "metadata").get("name"))).findFirst().orElseThrow();
        assertThat(map(script, "data").get("kafka-setup.sh"))
                .isEqualTo(Files.readString(chart().resolve("files/kafka-setup.sh")).stripTrailing());
        assertThat(Files.readString(chart().resolve("templates/kafka-setup.yaml")))
                .contains("helm.sh/hook: pre-install,pre-upgrade");
    }

    // --- the production realm ------------------------------------------------------------

    @Test
    void theProductionRealmHasNoPasswordGrantForTheBrowserAndLocksOutGuessers() throws IOException {
        var realm = productionRealm();
        var web = client(realm, "jixiao-web");

        assertThat(web.get("directAccessGrantsEnabled").asBoolean()).as("password grant on jixiao-web").isFalse();
        assertThat(web.get("publicClient").asBoolean()).isTrue();
        assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.get("registrationAllowed").asBoolean()).isFalse();
        assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "upperCase(1)", "lowerCase(1)",
                "digits(1)", "notUsername", "passwordHistory(");
    }

    @Test
    void theProductionRealmHasNoDemoUsersAndNoLiteralSecret() throws IOException {
        var realm = productionRealm();
        var users = new TreeSet<String>();
        for (var user : realm.get("users")) {
            users.add(user.get("username").asText());
            for (var credential : user.path("credentials")) {
                assertThat(credential.get("value").asText()).as(user.get("username").asText()).matches("\\$\\{[A-Z_]+}");
                assertThat(credential.get("temporary").asBoolean()).as("the first password is changed at first login").isTrue();
            }
        }
        for (var client : realm.get("clients")) {
            if (client.has("secret")) {
                assertThat(client.get("secret").asText()).matches("\\$\\{[A-Z_]+}");
            }
        }

        assertThat(users).containsExactly("platform-admin", "service-account-jixiao-tenants");
        assertThat(realm.get("groups")).as("tenants are onboarded by API").isEmpty();
    }

    @Test
    void theProductionRealmIssuesTheSameTokensAsTheDevelopmentRealm() throws IOException {
        var production = productionRealm();
        var development = new ObjectMapper().readTree(
                ROOT.resolve("devstack/src/main/resources/keycloak/jixiao-realm.json").toFile());

        assertThat(production.get("roles")).isEqualTo(development.get("roles"));
        assertThat(client(production, "jixiao-web").get("protocolMappers"))
                .isEqualTo(client(development, "jixiao-web").get("protocolMappers"));
        assertThat(client(production, "jixiao-web").get("defaultClientScopes"))
                .isEqualTo(client(development, "jixiao-web").get("defaultClientScopes"));
        assertThat(serviceAccount(production)).isEqualTo(serviceAccount(development));
    }

    // --- images --------------------------------------------------------------------------

    @Test
    void composeRunsTheImagesJibBuildsAndBuildsNoneItself() throws IOException {
        var services = composeServices();

        for (var service : SERVICES) {
            assertThat(services.get(service)).as(service).doesNotContainKey("build").containsEntry("image",
                    "${JIXIAO_IMAGE_PREFIX:-" + pomProperty("jixiao.image.prefix") + "}" + service
                            + ":${JIXIAO_IMAGE_TAG:-" + pomProperty("jixiao.image.tag") + "}");
        }
        assertThat(ROOT.resolve("Dockerfile")).as("a second way of building images").doesNotExist();
    }

    @Test
    void theChartRunsTheImagesJibBuildsAsTheUserTheyAreBuiltFor() throws IOException {
        var manifest = new Helm(chart()).template().withName("jixiao").withNamespace("jixiao").call();
        var jibUser = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(jibUser.find()).as("the images' user in pom.xml").isTrue();
        var images = new TreeSet<String>();

        for (var doc : documents(manifest)) {
            if ("Deployment".equals(doc.get("kind"))) {
                var pod = map(map(map(doc, "spec"), "template"), "spec");
                assertThat(map(pod, "securityContext")).containsEntry("runAsUser", Integer.valueOf(jibUser.group(1)))
                        .containsEntry("runAsGroup", Integer.valueOf(jibUser.group(2)));
                containers(doc).forEach(container -> images.add(String.valueOf(container.get("image"))));
            }
        }

        var jib = new TreeSet<String>();
        SERVICES.forEach(service -> jib.add(pomProperty("jixiao.image.prefix") + service + ":" + pomProperty("jixiao.image.tag")));
        assertThat(images).isEqualTo(jib);
    }

    // --- helpers -------------------------------------------------------------------------

    /** A property of the parent pom.xml, where Jib's image names are set. */
    private static String pomProperty(String name) {
        try {
            var property = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
            assertThat(property.find()).as(name + " in pom.xml").isTrue();
            return property.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path chart() {
        return ROOT.resolve("helm").resolve("jixiao");
    }

    private static JsonNode productionRealm() throws IOException {
        return new ObjectMapper().readTree(chart().resolve("files/jixiao-realm-production.json").toFile());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (var client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode serviceAccount(JsonNode realm) {
        for (var user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                return user;
            }
        }
        throw new AssertionError("no service account");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composeServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        var environment = service.get("environment");
        return environment instanceof Map ? (Map<String, Object>) environment : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String manifest) {
        var docs = new ArrayList<Map<String, Object>>();
        for (Object doc : new Yaml().loadAll(manifest)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    /** The containers of a Deployment's or Job's pod, none for other kinds. */
    private static List<Map<String, Object>> containers(Map<String, Object> doc) {
        if (!Set.of("Deployment", "Job").contains(doc.get("kind"))) {
            return List.of();
        }
        return list(map(map(map(doc, "spec"), "template"), "spec"), "containers");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        return value instanceof List ? (List<Map<String, Object>>) value : List.of();
    }
}
