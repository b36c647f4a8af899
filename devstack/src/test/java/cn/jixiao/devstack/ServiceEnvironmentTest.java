package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final KafkaLogins logins = KafkaLogins.generate();
    private final ServiceEnvironment local = ServiceEnvironment.local("127.0.0.1:9092", logins);

    @Test
    void gatewayGetsTheUrlsOfTheThreeBackendsAndNoKafkaLogin() {
        assertThat(local.forService(Service.GATEWAY)).containsExactly(
                entry("SERVER_PORT", "8080"),
                entry("SERVER_ADDRESS", "127.0.0.1"),
                entry("JIXIAO_ISSUER", "http://localhost:18080/realms/jixiao"),
                entry("SPRING_PROFILES_ACTIVE", "demo"),
                entry("PROJECT_SERVICE_URL", "http://127.0.0.1:8081"),
                entry("EVALUATION_SERVICE_URL", "http://127.0.0.1:8082"),
                entry("REPORT_SERVICE_URL", "http://127.0.0.1:8083"),
                entry("MONGODB_URI", "mongodb://127.0.0.1:27017/jixiao-gateway"),
                entry("JIXIAO_GATEWAY_CLIENT_SECRET", "jixiao-gateway-local-secret"));
    }

    @Test
    void eachBackendGetsItsOwnDatabaseTheBrokerAndItsOwnKafkaPrincipal() {
        var project = logins.of(Service.PROJECT).orElseThrow();
        assertThat(local.forService(Service.PROJECT)).containsExactly(
                entry("SERVER_PORT", "8081"),
                entry("SERVER_ADDRESS", "127.0.0.1"),
                entry("JIXIAO_ISSUER", "http://localhost:18080/realms/jixiao"),
                entry("SPRING_PROFILES_ACTIVE", "demo"),
                entry("MONGODB_URI", "mongodb://127.0.0.1:27017/jixiao-projects"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("KAFKA_SASL_USERNAME", "project-service"),
                entry("KAFKA_SASL_PASSWORD", project.password()),
                entry("JIXIAO_TENANTS_CLIENT_SECRET", KeycloakServer.TENANTS_CLIENT_SECRET));
        assertThat(local.forService(Service.EVALUATION)).contains(
                entry("SERVER_PORT", "8082"),
                entry("MONGODB_URI", "mongodb://127.0.0.1:27017/jixiao-evaluations"),
                entry("KAFKA_SASL_USERNAME", "evaluation-service"));
        assertThat(local.forService(Service.REPORT)).contains(
                entry("SERVER_PORT", "8083"),
                entry("MONGODB_URI", "mongodb://127.0.0.1:27017/jixiao-reports"),
                entry("KAFKA_SASL_USERNAME", "report-service"));
        assertThat(project.password()).as("one password per service")
                .isNotEqualTo(logins.of(Service.REPORT).orElseThrow().password())
                .hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void otherPortsFlowIntoEveryVariable() {
        var test = new ServiceEnvironment(new ServicePorts(1, 2, 3, 4), "http://localhost:5/realms/jixiao",
                "mongodb://localhost:6", "localhost:7");

        assertThat(test.forService(Service.GATEWAY))
                .contains(entry("SERVER_PORT", "1"), entry("REPORT_SERVICE_URL", "http://127.0.0.1:4"));
        assertThat(test.forService(Service.REPORT)).contains(
                entry("JIXIAO_ISSUER", "http://localhost:5/realms/jixiao"),
                entry("MONGODB_URI", "mongodb://localhost:6/jixiao-reports"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:7"));
        assertThat(test.forService(Service.PROJECT)).as("no demo data unless asked").doesNotContainKey("SPRING_PROFILES_ACTIVE");
        assertThat(test.forService(Service.PROJECT)).as("a broker without logins").doesNotContainKey("KAFKA_SASL_USERNAME");
    }
}
