package cn.jixiao.devstack;

import java.nio.file.Path;

/**
 * The server.properties of a single-node KRaft cluster: one process that is broker and controller at once,
 * with replication factor 1 everywhere since there is no second node to replicate to.
 *
 * @param port           client port (PLAINTEXT listener)
 * @param controllerPort KRaft controller port (CONTROLLER listener)
 * @param logDir         where the partitions and the metadata log live
 */
record KafkaServerProperties(int port, int controllerPort, Path logDir) {

    String render() {
        var plaintext = "PLAINTEXT://localhost:" + port;
        var controller = "CONTROLLER://localhost:" + controllerPort;
        return String.join(System.lineSeparator(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=" + plaintext + "," + controller,
                "advertised.listeners=" + plaintext + "," + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                // Properties files treat a backslash as an escape character (Windows paths)
                "log.dirs=" + logDir.toAbsolutePath().toString().replace("\\", "/"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "auto.create.topics.enable=true",
                "num.partitions=3",
                // A lone consumer should not wait the default 3 s for others to join its group
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
