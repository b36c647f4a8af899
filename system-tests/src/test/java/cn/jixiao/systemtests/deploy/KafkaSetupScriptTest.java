package cn.jixiao.systemtests.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.contracts.Topics;
import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KafkaLogin;
import cn.jixiao.devstack.KafkaTopicConfigs;
import cn.jixiao.devstack.KafkaTopicGrants;
import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;

/**
 * The script that compose's {@code kafka-setup} service and the chart's Job run ({@code helm/jixiao/files/kafka-setup.sh}),
 * run for real against a broker of the local stack stripped of its ACLs and its topics' retention: it must grant
 * exactly what the local stack grants ({@link KafkaTopicGrants}) and keep the records as long as the local stack
 * does ({@link KafkaTopicConfigs}), so compose, Helm and {@code ./jixiao up} enforce the same tables. The
 * Kafka command-line tools it calls are the classes behind them, on this test's classpath.
 */
class KafkaSetupScriptTest {

    private static final List<Service> KAFKA_USERS = List.of(Service.PROJECT, Service.EVALUATION, Service.REPORT);

    @TempDir
    Path dir;

    @Test
    void theDeployScriptGrantsExactlyTheLocalStacksTableAndTheUsersItCreatesCanLogIn() throws Exception {
        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("kafka"), dir.resolve("logs"));
             var admin = Admin.create(broker.clientProperties(broker.logins().admin()))) {
            admin.deleteAcls(List.of(AclBindingFilter.ANY)).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> acls(admin).isEmpty());
            withoutRetention(admin);
            var passwords = new HashMap<Service, String>();
            KAFKA_USERS.forEach(service -> passwords.put(service, randomPassword()));

            var exit = runScript(broker, passwords);

            assertThat(exit).as("kafka-setup.sh exit status, see " + dir.resolve("kafka-setup.log")).isZero();
            var expected = new HashSet<AclBinding>();
            for (var service : KAFKA_USERS) {
                expected.addAll(KafkaTopicGrants.aclsOf(service, new KafkaLogin(service.module(), passwords.get(service))));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acls(admin)).isEqualTo(expected));
            for (var topic : KafkaTopicGrants.topics()) {
                assertThat(configsOf(admin, topic)).as(topic + " as kafka-setup.sh left it")
                        .containsAllEntriesOf(KafkaTopicConfigs.of(topic));
            }

            var project = broker.clientProperties(new KafkaLogin("project-service", passwords.get(Service.PROJECT)));
            try (var producer = producer(project)) {
                producer.send(new ProducerRecord<>(Topics.PROJECT_EVENTS, "p-1", "ProjectRegistered")).get();
                assertThatThrownBy(() -> producer.send(
                        new ProducerRecord<>(Topics.REPORT_EVENTS, "p-1", "ReportRendered")).get())
                        .cause().isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void theLocalStacksTopicsAreTheContractsTopics() {
        assertThat(KafkaTopicGrants.PROJECT_EVENTS).isEqualTo(Topics.PROJECT_EVENTS);
        assertThat(KafkaTopicGrants.EVALUATION_EVENTS).isEqualTo(Topics.EVALUATION_EVENTS);
        assertThat(KafkaTopicGrants.REPORT_EVENTS).isEqualTo(Topics.REPORT_EVENTS);
        assertThat(KafkaTopicGrants.DEAD_LETTERS).isEqualTo(Topics.DEAD_LETTERS);
    }

    private int runScript(KafkaBroker broker, Map<Service, String> passwords) throws IOException, InterruptedException {
        var script = RepoRoot.find(Path.of("")).resolve("helm/jixiao/files/kafka-setup.sh");
        var process = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("kafka-setup.log").toFile());
        var environment = process.environment();
        environment.put("KAFKA_BIN", kafkaCommands().toString());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        environment.put("KAFKA_ADMIN_MECHANISM", "SCRAM-SHA-512");
        environment.put("KAFKA_ADMIN_USERNAME", broker.logins().admin().username());
        environment.put("KAFKA_ADMIN_PASSWORD", broker.logins().admin().password());
        environment.put("KAFKA_PROJECT_SERVICE_PASSWORD", passwords.get(Service.PROJECT));
        environment.put("KAFKA_EVALUATION_SERVICE_PASSWORD", passwords.get(Service.EVALUATION));
        environment.put("KAFKA_REPORT_SERVICE_PASSWORD", passwords.get(Service.REPORT));
        var running = process.start();
        if (!running.waitFor(5, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new AssertionError("kafka-setup.sh did not finish within 5 minutes");
        }
        return running.exitValue();
    }

    /** kafka-*.sh as in the apache/kafka image's /opt/kafka/bin, each running its class on this classpath. */
    private Path kafkaCommands() throws IOException {
        var bin = Files.createDirectories(dir.resolve("bin"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        var commands = Map.of(
                "kafka-broker-api-versions.sh", "org.apache.kafka.tools.BrokerApiVersionsCommand",
                "kafka-configs.sh", "kafka.admin.ConfigCommand",
                "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");
        for (var command : commands.entrySet()) {
            var file = bin.resolve(command.getKey());
            Files.writeString(file, "#!/usr/bin/env bash\nexec '" + java + "' -XX:TieredStopAtLevel=1 -Xshare:auto -cp '"
                    + System.getProperty("java.class.path") + "' " + command.getValue() + " \"$@\"\n");
            file.toFile().setExecutable(true);
        }
        return bin;
    }

    /** Every topic's retention back to the broker's default, as on a cluster the script has not set up yet. */
    private static void withoutRetention(Admin admin) throws Exception {
        var changes = new HashMap<ConfigResource, Collection<AlterConfigOp>>();
        for (var topic : KafkaTopicGrants.topics()) {
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), KafkaTopicConfigs.of(topic).keySet().stream()
                    .map(name -> new AlterConfigOp(new ConfigEntry(name, ""), AlterConfigOp.OpType.DELETE)).toList());
        }
        admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        assertThat(configsOf(admin, Topics.PROJECT_EVENTS)).doesNotContainEntry("retention.ms", "-1");
    }

    private static Map<String, String> configsOf(Admin admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var configs = new HashMap<String, String>();
        admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource).entries()
                .forEach(entry -> configs.put(entry.name(), entry.value()));
        return configs;
    }

    private static Set<AclBinding> acls(Admin admin) throws ExecutionException, InterruptedException {
        return new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client) {
        var properties = new HashMap<>(client);
        properties.put("max.block.ms", 10_000);
        properties.put("delivery.timeout.ms", 10_000);
        properties.put("request.timeout.ms", 5_000);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static String randomPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
