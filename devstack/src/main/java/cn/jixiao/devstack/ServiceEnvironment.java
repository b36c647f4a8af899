package cn.jixiao.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The environment contract between the stack and the services: every variable a service reads at startup, in
 * one place, computed from where the infrastructure and the other services listen.
 *
 * @param ports                 where each service listens
 * @param issuer                the Keycloak realm that issues the tokens, e.g. http://localhost:18080/realms/jixiao
 * @param mongoUri              the MongoDB server without database, e.g. mongodb://127.0.0.1:27017
 * @param kafkaBootstrapServers e.g. 127.0.0.1:9092
 * @param springProfiles        the Spring profiles the services run with, e.g. {@code demo} to load the demo tenants'
 *                              data; empty for none
 * @param kafkaLogins           each service's SASL/SCRAM login to the broker; empty for a broker without
 *                              authentication (the embedded one of the Testcontainers test)
 */
public record ServiceEnvironment(ServicePorts ports, String issuer, String mongoUri, String kafkaBootstrapServers,
                                 String springProfiles, Optional<KafkaLogins> kafkaLogins) {

    /** Every service listens on the loopback interface only: the local stack is not reachable from the network. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Services without demo data, as the end-to-end tests run them, on a broker without authentication. */
    public ServiceEnvironment(ServicePorts ports, String issuer, String mongoUri, String kafkaBootstrapServers) {
        this(ports, issuer, mongoUri, kafkaBootstrapServers, "", Optional.empty());
    }

    /** Services without demo data on a broker where each logs in as its own principal. */
    public ServiceEnvironment(ServicePorts ports, String issuer, String mongoUri, KafkaBroker kafka) {
        this(ports, issuer, mongoUri, kafka.bootstrapServers(), "", Optional.of(kafka.logins()));
    }

    /** The environment of ./jixiao up: the demo tenants get their demo projects, on the stack's broker. */
    public static ServiceEnvironment local(KafkaBroker kafka) {
        return local(kafka.bootstrapServers(), kafka.logins());
    }

    /** The environment of ./jixiao up --replicas n: n instances of each back-end. */
    public static ServiceEnvironment local(KafkaBroker kafka, int instances) {
        return local(ServicePorts.local(instances), kafka.bootstrapServers(), kafka.logins());
    }

    static ServiceEnvironment local(String kafkaBootstrapServers, KafkaLogins kafkaLogins) {
        return local(ServicePorts.local(), kafkaBootstrapServers, kafkaLogins);
    }

    static ServiceEnvironment local(ServicePorts ports, String kafkaBootstrapServers, KafkaLogins kafkaLogins) {
        return new ServiceEnvironment(ports, "http://localhost:18080/realms/jixiao",
                "mongodb://127.0.0.1:27017", kafkaBootstrapServers, "demo", Optional.of(kafkaLogins));
    }

    /** Every instance to start: the gateway, then each back-end's instances. */
    public List<ServiceInstance> instances() {
        return ports.instances();
    }

    /** The environment of the service's first (or only) instance. */
    public Map<String, String> forService(Service service) {
        return forInstance(ports.instancesOf(service).get(0));
    }

    /**
     * The environment of one instance. Instances of one back-end differ only in their port: they share its
     * database, its Kafka login and so its consumer group (the application's name), so each event is applied by
     * one of them, and the outbox lease in their database lets one of them relay.
     */
    public Map<String, String> forInstance(ServiceInstance instance) {
        var service = instance.service();
        var environment = new LinkedHashMap<String, String>();
        environment.put("SERVER_PORT", Integer.toString(instance.port()));
        environment.put("SERVER_ADDRESS", LOOPBACK);
        environment.put("JIXIAO_ISSUER", issuer);
        if (!springProfiles.isBlank()) {
            environment.put("SPRING_PROFILES_ACTIVE", springProfiles);
        }
        switch (service) {
            case GATEWAY -> {
                environment.put("PROJECT_SERVICE_URL", routeUri(Service.PROJECT));
                environment.put("EVALUATION_SERVICE_URL", routeUri(Service.EVALUATION));
                environment.put("REPORT_SERVICE_URL", routeUri(Service.REPORT));
                balancedInstances().ifPresent(json -> environment.put("SPRING_APPLICATION_JSON", json));
                // the browser sessions (ADR 0010), and the client the gateway signs browsers in as
                environment.put("MONGODB_URI", mongoUri + "/jixiao-gateway");
                environment.put(KeycloakServer.GATEWAY_CLIENT_SECRET_VARIABLE, KeycloakServer.GATEWAY_CLIENT_SECRET);
            }
            case PROJECT -> {
                putBackend(environment, service, "jixiao-projects");
                // project-service onboards districts and streets through the realm's Admin API
                environment.put(KeycloakServer.TENANTS_CLIENT_SECRET_VARIABLE, KeycloakServer.TENANTS_CLIENT_SECRET);
            }
            case EVALUATION -> putBackend(environment, service, "jixiao-evaluations");
            case REPORT -> putBackend(environment, service, "jixiao-reports");
        }
        return environment;
    }

    /** Where a service answers, e.g. http://127.0.0.1:8080 for the gateway (its first instance). */
    public String localUrl(Service service) {
        return "http://" + LOOPBACK + ":" + ports.of(service);
    }

    /** Where one instance answers, e.g. http://127.0.0.1:8091 for project-service's second. */
    public String localUrl(ServiceInstance instance) {
        return "http://" + LOOPBACK + ":" + instance.port();
    }

    /**
     * The gateway's route to a back-end: its address when it runs once (as compose and Helm set it), else
     * {@code lb://<service>}, which Spring Cloud LoadBalancer resolves round robin over the instances listed in
     * {@link #balancedInstances()}.
     */
    private String routeUri(Service backend) {
        return ports.instancesOf(backend).size() == 1 ? localUrl(backend) : "lb://" + backend.module();
    }

    /**
     * The instances of every back-end that runs more than once, as the static list of Spring Cloud's simple
     * discovery client ({@code spring.cloud.discovery.client.simple.instances.<service>[i].uri}). Given as
     * SPRING_APPLICATION_JSON because a service name with a hyphen cannot be spelt as an environment variable.
     */
    private Optional<String> balancedInstances() {
        var services = ServicePorts.BACKENDS.stream()
                .filter(backend -> ports.instancesOf(backend).size() > 1)
                .map(backend -> "\"" + backend.module() + "\":[" + ports.instancesOf(backend).stream()
                        .map(instance -> "{\"uri\":\"" + localUrl(instance) + "\"}")
                        .collect(Collectors.joining(",")) + "]")
                .toList();
        if (services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{"
                + String.join(",", services) + "}}}}}}}");
    }

    private void putBackend(Map<String, String> environment, Service service, String database) {
        environment.put("MONGODB_URI", mongoUri + "/" + database);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        kafkaLogins.flatMap(logins -> logins.of(service)).ifPresent(login -> {
            environment.put("KAFKA_SASL_USERNAME", login.username());
            environment.put("KAFKA_SASL_PASSWORD", login.password());
        });
    }
}
