package cn.jixiao.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What the administrator does on a running broker before the services start: creates the platform's topics
 * and grants each service's principal its ACLs. Both are idempotent, so it runs at every start.
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
        var topics = KafkaTopicGrants.topics().stream().map(name -> new NewTopic(name, PARTITIONS, REPLICAS)).toList();
        for (var created : admin.createTopics(topics).values().values()) {
            try {
                created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
