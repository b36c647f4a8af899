package cn.jixiao.devstack;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready when the broker answers a describe-cluster request with at least one node. An open port alone is not
 * enough: the listener accepts connections before the controller has elected itself.
 */
final class KafkaClusterProbe implements ReadinessProbe, AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final PortProbe port;
    private final String bootstrapServers;
    private Admin admin;

    KafkaClusterProbe(int port) {
        this.port = new PortProbe(port);
        this.bootstrapServers = "localhost:" + port;
    }

    @Override
    public boolean isReady() {
        // Checking the port first keeps the admin client from logging "connection refused" while Kafka boots
        if (!port.isReady()) {
            return false;
        }
        try {
            var nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS));
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
