package cn.jixiao.devstack;

import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready when the broker answers the administrator's describe-cluster request with at least one node. An open
 * port alone is not enough: the listener accepts connections before the controller has elected itself.
 */
final class KafkaClusterProbe implements ReadinessProbe, AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final PortProbe port;
    private final String bootstrapServers;
    private final KafkaLogin admin;
    private Admin client;

    KafkaClusterProbe(int port, String bootstrapServers, KafkaLogin admin) {
        this.port = new PortProbe(port);
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
    }

    @Override
    public boolean isReady() {
        // Checking the port first keeps the admin client from logging "connection refused" while Kafka boots
        if (!port.isReady()) {
            return false;
        }
        try {
            var nodes = client().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Admin client() {
        if (client == null) {
            var properties = new HashMap<String, Object>(admin.clientProperties());
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
            client = Admin.create(properties);
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
