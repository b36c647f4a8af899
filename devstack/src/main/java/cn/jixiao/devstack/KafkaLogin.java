package cn.jixiao.devstack;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * One SASL/SCRAM-SHA-512 user of the broker: the stack's administrator or a service's own principal.
 *
 * @param username the principal's name; the broker knows it as {@code User:<username>}
 * @param password random per local stack, never committed
 */
public record KafkaLogin(String username, String password) {

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** No TLS in the local stack: it listens on the loopback interface only. Compose and Helm say the same. */
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * 24 random bytes, URL-safe Base64 without padding: no '=', ',' or quote, so the password needs no escaping
     * in the storage tool's {@code name=...,password=...} list nor in a JAAS line.
     */
    static KafkaLogin generate(String username) {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new KafkaLogin(username, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The principal that ACLs name, e.g. {@code User:project-service}. */
    public String principal() {
        return "User:" + username;
    }

    /** The {@code sasl.jaas.config} line of a client that logs in as this user. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** What a Kafka client (producer, consumer, admin) adds to its bootstrap servers to log in as this user. */
    public Map<String, Object> clientProperties() {
        return Map.of(
                "security.protocol", SECURITY_PROTOCOL,
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaasConfig());
    }

    /** The storage tool's argument that creates this user's credential while formatting. */
    String scramArgument() {
        return MECHANISM + "=[name=" + username + ",password=" + password + "]";
    }

    @Override
    public String toString() {
        return "KafkaLogin[" + username + "]";
    }
}
