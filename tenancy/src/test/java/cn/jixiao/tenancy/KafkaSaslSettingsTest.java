package cn.jixiao.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class KafkaSaslSettingsTest {

    private final KafkaSaslSettings settings = new KafkaSaslSettings();

    @Test
    void withoutAPrincipalTheClientConnectsWithoutAuthenticationAsTheEmbeddedBrokerExpects() {
        var environment = new MockEnvironment();

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isNull();
        assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config")).isNull();
    }

    @Test
    void aServiceLogsInWithScramAsItsOwnPrincipalAndAnyPasswordSurvivesTheJaasLine() {
        var password = "p\"w\\ 有;=,";
        var environment = new MockEnvironment()
                .withProperty("KAFKA_SASL_USERNAME", "project-service")
                .withProperty("KAFKA_SASL_PASSWORD", password);

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        // parsed by the Kafka client's own JAAS reader
        var login = JaasContext.loadClientContext(Map.of("sasl.jaas.config",
                new Password(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))))
                .configurationEntries().get(0);
        assertThat(login.getLoginModuleName()).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule");
        assertThat(login.getOptions().get("username")).isEqualTo("project-service");
        assertThat(login.getOptions().get("password")).isEqualTo(password);
    }

    @Test
    void tlsAndAnotherMechanismComeFromTheEnvironmentToo() {
        var environment = new MockEnvironment()
                .withProperty("KAFKA_SASL_USERNAME", "report-service")
                .withProperty("KAFKA_SASL_PASSWORD", "secret")
                .withProperty("KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
                .withProperty("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_SSL");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-256");
    }

    @Test
    void anExplicitSettingOfTheApplicationWins() {
        var environment = new MockEnvironment()
                .withProperty("KAFKA_SASL_USERNAME", "report-service")
                .withProperty("KAFKA_SASL_PASSWORD", "secret")
                .withProperty("spring.kafka.properties.security.protocol", "SASL_SSL");

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_SSL");
    }

    @Test
    void aUsernameWithoutPasswordStopsTheStartNamingTheMissingVariable() {
        var environment = new MockEnvironment().withProperty("KAFKA_SASL_USERNAME", "project-service");

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("KAFKA_SASL_PASSWORD");
    }
}
