package cn.jixiao.devstack.backup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import cn.jixiao.devstack.KafkaLogin;

/**
 * A stack to back up, while it runs: where its MongoDB and Kafka answer, and where Keycloak's database file is.
 *
 * @param mongoUri              e.g. {@code mongodb://127.0.0.1:27017}
 * @param kafkaBootstrapServers e.g. {@code 127.0.0.1:9092}
 * @param kafkaAdmin            the broker's administrator, who may read every topic and consumer group
 * @param keycloakDatabase      Keycloak's H2 file ({@link StackLayout#keycloakDatabase()})
 */
public record RunningStack(String mongoUri, String kafkaBootstrapServers, KafkaLogin kafkaAdmin, Path keycloakDatabase) {

    /** What a Kafka client needs to connect as the administrator. */
    Map<String, Object> kafkaClient() {
        var properties = new HashMap<String, Object>(kafkaAdmin.clientProperties());
        properties.put("bootstrap.servers", kafkaBootstrapServers);
        return properties;
    }
}
