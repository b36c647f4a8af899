package cn.jixiao.devstack;

import java.nio.file.Path;

/**
 * The server.properties of a single-node KRaft cluster: one process that is broker and controller at once,
 * with replication factor 1 everywhere since there is no second node to replicate to.
 *
 * <p>Clients log in with SASL/SCRAM-SHA-512 on the CLIENT listener and may do only what their ACLs allow; the
 * administrator is the only super user. The controller listener takes SASL/PLAIN with the administrator alone
 * (KRaft cannot check SCRAM there: the credentials live in the metadata the controller serves), so no anonymous
 * connection is trusted anywhere. Both listeners are bound to 127.0.0.1 and carry no TLS: nothing leaves the
 * machine.
 *
 * @param port           client port (CLIENT listener, SASL_PLAINTEXT)
 * @param controllerPort KRaft controller port (CONTROLLER listener, SASL_PLAINTEXT)
 * @param logDir         where the partitions and the metadata log live
 * @param admin          the broker's own principal and the only super user
 */
record KafkaServerProperties(int port, int controllerPort, Path logDir, KafkaLogin admin) {

    static final String HOST = "127.0.0.1";

    String render() {
        var client = "CLIENT://" + HOST + ":" + port;
        var controller = "CONTROLLER://" + HOST + ":" + controllerPort;
        var plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin.username()
                + "\" password=\"" + admin.password() + "\" user_" + admin.username() + "=\"" + admin.password() + "\";";
        return String.join(System.lineSeparator(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + HOST + ":" + controllerPort,
                "listeners=" + client + "," + controller,
                "advertised.listeners=" + client + "," + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=" + KafkaLogin.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaLogin.MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config=" + admin.jaasConfig(),
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=" + admin.principal(),
                "allow.everyone.if.no.acl.found=false",
                // Properties files treat a backslash as an escape character (Windows paths)
                "log.dirs=" + logDir.toAbsolutePath().toString().replace("\\", "/"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                // The stack creates every topic up front; a client may not invent one
                "auto.create.topics.enable=false",
                "num.partitions=3",
                // A lone consumer should not wait the default 3 s for others to join its group
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
