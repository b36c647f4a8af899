package cn.jixiao.devstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What the administrator does on a running broker before the services start: creates the platform's topics with
 * their retention ({@link KafkaTopicConfigs}) and grants each service's principal its ACLs. Both are idempotent, so
 * it runs at every start.
 */
final class KafkaSetup {

    private static final int PARTITIONS = 3;
    private static final short REPLICAS = 1;
    private static final long TIMEOUT_SECONDS = 30;

    private final String bootstrapServers;
    private final KafkaLogins logins;

    KafkaSetup(String bootstrapServers, KafkaLogins logins) {
        this.bootstrapServers = bootstrapServers;
        this.logins = logins;
    }

    void apply() {
        var properties = new HashMap<String, Object>(logins.admin().clientProperties());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var admin = Admin.create(properties)) {
            createTopics(admin);
            var acls = new ArrayList<AclBinding>();
            logins.services().forEach((service, login) -> acls.addAll(KafkaTopicGrants.aclsOf(service, login)));
            admin.createAcls(acls).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            awaitAclsOnTheBroker(admin, acls);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create Kafka's topics and ACLs on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka's topics and ACLs", e);
        }
    }

    /**
     * The controller confirms new ACLs once they are in the metadata log; the broker's authorizer applies them a
     * moment later. A service starting in between would be refused, so wait until the broker lists them all.
     */
    private static void awaitAclsOnTheBroker(Admin admin, List<AclBinding> acls)
            throws ExecutionException, TimeoutException, InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .containsAll(acls)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The broker did not apply its ACLs within " + TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(100);
        }
    }

    private static void createTopics(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        var topics = KafkaTopicGrants.topics().stream()
                .map(name -> new NewTopic(name, PARTITIONS, REPLICAS).configs(KafkaTopicConfigs.of(name))).toList();
        for (var created : admin.createTopics(topics).values().values()) {
            try {
                created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        applyRetention(admin);
    }

    /**
     * Sets every topic's retention again, so a topic kept in {@code .jixiao/} from before the setting existed (then
     * the broker's 7 days) keeps its events from now on. Setting a value it already has changes nothing.
     */
    private static void applyRetention(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        var changes = new HashMap<ConfigResource, Collection<AlterConfigOp>>();
        for (var topic : KafkaTopicGrants.topics()) {
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), KafkaTopicConfigs.of(topic).entrySet()
                    .stream().map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()),
                            AlterConfigOp.OpType.SET)).toList());
        }
        admin.incrementalAlterConfigs(changes).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
