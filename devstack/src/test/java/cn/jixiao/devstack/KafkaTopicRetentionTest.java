package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * The local stack's topics keep their events: every event topic by neither age nor size, the dead letters 90 days,
 * also a topic created before the setting existed, once the stack has started again.
 */
class KafkaTopicRetentionTest {

    @Test
    void theEventTopicsKeepEveryEventAndTheDeadLettersAQuarterEvenIfCreatedBeforeTheSetting() throws Exception {
        var dir = Files.createTempDirectory("kafka-retention");
        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("kafka"), dir.resolve("logs"));
             var admin = Admin.create(broker.clientProperties(broker.logins().admin()))) {
            assertThat(KafkaTopicGrants.topics()).contains(KafkaTopicGrants.PROJECT_EVENTS, KafkaTopicGrants.DEAD_LETTERS);
            for (var topic : KafkaTopicGrants.topics()) {
                assertThat(configsOf(admin, topic)).as(topic).containsAllEntriesOf(KafkaTopicConfigs.of(topic));
            }
            assertThat(configsOf(admin, KafkaTopicGrants.PROJECT_EVENTS))
                    .containsEntry("retention.ms", "-1").containsEntry("retention.bytes", "-1")
                    .containsEntry("cleanup.policy", "delete");

            // as a topic of a stack started before the setting: the broker's 7 days
            var projectEvents = new ConfigResource(ConfigResource.Type.TOPIC, KafkaTopicGrants.PROJECT_EVENTS);
            admin.incrementalAlterConfigs(Map.of(projectEvents, List.of(new AlterConfigOp(
                    new ConfigEntry("retention.ms", "604800000"), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
            assertThat(configsOf(admin, KafkaTopicGrants.PROJECT_EVENTS)).containsEntry("retention.ms", "604800000");

            new KafkaSetup(broker.bootstrapServers(), broker.logins()).apply();

            assertThat(configsOf(admin, KafkaTopicGrants.PROJECT_EVENTS)).containsEntry("retention.ms", "-1");
        }
    }

    private static Map<String, String> configsOf(Admin admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var configs = new HashMap<String, String>();
        admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource).entries()
                .forEach(entry -> configs.put(entry.name(), entry.value()));
        return configs;
    }
}
