package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ./jixiao up --replicas 2: two instances of each back-end, one gateway balancing between them. */
class ReplicasTest {

    private final KafkaLogins logins = KafkaLogins.generate();

    @Test
    void oneInstanceOfEachServiceUnlessAskedForMore() {
        assertThat(Replicas.from(new String[0], null)).isEqualTo(1);
        assertThat(Replicas.from(new String[] {"--replicas", "2"}, null)).isEqualTo(2);
        assertThat(Replicas.from(new String[] {"--replicas=3"}, null)).isEqualTo(3);
        assertThat(Replicas.from(new String[0], "2")).as("JIXIAO_REPLICAS").isEqualTo(2);
        assertThat(Replicas.from(new String[] {"--replicas", "1"}, "2")).as("the flag wins").isEqualTo(1);
    }

    @Test
    void aNumberOfInstancesOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> Replicas.from(new String[] {"--replicas", "0"}, null))
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> Replicas.from(new String[] {"--replicas", "two"}, null))
                .hasMessageContaining("number");
        assertThatThrownBy(() -> Replicas.from(new String[] {"--verbose"}, null))
                .hasMessageContaining("usage: ./jixiao up [--replicas n]");
    }

    @Test
    void theSecondInstanceOfEachBackendListensTenPortsAboveTheFirstAndTheGatewayStaysOne() {
        var ports = ServicePorts.local(2);

        assertThat(ports.instances()).extracting(ServiceInstance::name, ServiceInstance::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gateway", 8080),
                org.assertj.core.groups.Tuple.tuple("project-service", 8081),
                org.assertj.core.groups.Tuple.tuple("project-service-2", 8091),
                org.assertj.core.groups.Tuple.tuple("evaluation-service", 8082),
                org.assertj.core.groups.Tuple.tuple("evaluation-service-2", 8092),
                org.assertj.core.groups.Tuple.tuple("report-service", 8083),
                org.assertj.core.groups.Tuple.tuple("report-service-2", 8093));
        assertThat(ServicePorts.local().instances()).hasSize(4);
        assertThat(ServicePorts.free(2).instances()).extracting(ServiceInstance::port).doesNotHaveDuplicates()
                .hasSize(7);
    }

    @Test
    void theGatewayBalancesOverTheStaticListOfEveryBackendsInstances() {
        var environment = ServiceEnvironment.local(ServicePorts.local(2), "127.0.0.1:9092", logins);

        var gateway = environment.forService(Service.GATEWAY);

        assertThat(gateway).contains(entry("SERVER_PORT", "8080"),
                entry("PROJECT_SERVICE_URL", "lb://project-service"),
                entry("EVALUATION_SERVICE_URL", "lb://evaluation-service"),
                entry("REPORT_SERVICE_URL", "lb://report-service"));
        assertThat(gateway.get("SPRING_APPLICATION_JSON")).isEqualTo("{\"spring\":{\"cloud\":{\"discovery\":{"
                + "\"client\":{\"simple\":{\"instances\":{"
                + "\"project-service\":[{\"uri\":\"http://127.0.0.1:8081\"},{\"uri\":\"http://127.0.0.1:8091\"}],"
                + "\"evaluation-service\":[{\"uri\":\"http://127.0.0.1:8082\"},{\"uri\":\"http://127.0.0.1:8092\"}],"
                + "\"report-service\":[{\"uri\":\"http://127.0.0.1:8083\"},{\"uri\":\"http://127.0.0.1:8093\"}]"
                + "}}}}}}}");
    }

    @Test
    void aSingleInstanceStackRoutesStraightToEachServiceAsComposeAndHelmDo() {
        var gateway = ServiceEnvironment.local("127.0.0.1:9092", logins).forService(Service.GATEWAY);

        assertThat(gateway).contains(entry("PROJECT_SERVICE_URL", "http://127.0.0.1:8081"))
                .doesNotContainKey("SPRING_APPLICATION_JSON");
    }

    @Test
    void instancesOfOneBackendDifferOnlyInTheirPortSoTheyShareItsDatabaseAndConsumerGroup() {
        var environment = ServiceEnvironment.local(ServicePorts.local(2), "127.0.0.1:9092", logins);
        List<ServiceInstance> reports = environment.ports().instancesOf(Service.REPORT);

        var first = new java.util.HashMap<>(environment.forInstance(reports.get(0)));
        var second = new java.util.HashMap<>(environment.forInstance(reports.get(1)));

        assertThat(first.remove("SERVER_PORT")).isEqualTo("8083");
        assertThat(second.remove("SERVER_PORT")).isEqualTo("8093");
        assertThat(second).isEqualTo(first).containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/jixiao-reports")
                .containsEntry("KAFKA_SASL_USERNAME", "report-service");
    }
}
