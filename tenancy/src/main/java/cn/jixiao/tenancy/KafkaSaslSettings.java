package cn.jixiao.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Logs a service in to Kafka as its own principal (SASL/SCRAM) when the environment names one:
 * {@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD}, optionally {@code KAFKA_SASL_MECHANISM}
 * (default SCRAM-SHA-512) and {@code KAFKA_SECURITY_PROTOCOL} (default SASL_PLAINTEXT; SASL_SSL where the broker
 * has TLS). Without them the client connects without authentication, as the service tests' embedded broker
 * expects. The broker's ACLs then decide which topics the principal may write and read.
 *
 * <p>Added with the lowest precedence, like {@link PlatformDefaults}: an explicit
 * {@code spring.kafka.properties.*} setting still wins.
 */
public class KafkaSaslSettings implements EnvironmentPostProcessor {

    static final String USERNAME = "KAFKA_SASL_USERNAME";
    static final String PASSWORD = "KAFKA_SASL_PASSWORD";
    static final String MECHANISM = "KAFKA_SASL_MECHANISM";
    static final String SECURITY_PROTOCOL = "KAFKA_SECURITY_PROTOCOL";
    private static final String PREFIX = "spring.kafka.properties.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var username = environment.getProperty(USERNAME, "");
        if (username.isBlank()) {
            return;
        }
        var password = environment.getProperty(PASSWORD, "");
        if (password.isEmpty()) {
            // Failing here names the missing variable; the broker would only say "authentication failed" later
            throw new IllegalStateException(USERNAME + " is set but " + PASSWORD + " is not");
        }
        environment.getPropertySources().addLast(new MapPropertySource("jixiao-kafka-sasl",
                settings(username, password, environment.getProperty(MECHANISM, "SCRAM-SHA-512"),
                        environment.getProperty(SECURITY_PROTOCOL, "SASL_PLAINTEXT"))));
    }

    static Map<String, Object> settings(String username, String password, String mechanism, String securityProtocol) {
        var settings = new LinkedHashMap<String, Object>();
        settings.put(PREFIX + "security.protocol", securityProtocol);
        settings.put(PREFIX + "sasl.mechanism", mechanism);
        settings.put(PREFIX + "sasl.jaas.config", loginModule(mechanism) + " required username=" + quoted(username)
                + " password=" + quoted(password) + ";");
        return settings;
    }

    private static String loginModule(String mechanism) {
        return mechanism.startsWith("SCRAM-")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
    }

    /** A JAAS value in double quotes; a backslash escapes a quote or itself, so any password survives. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
