package cn.jixiao.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment contract between the stack and the services: every variable a service reads at startup, in
 * one place, computed from where the infrastructure and the other services listen.
 *
 * @param ports                 where each service listens
 * @param issuer                the Keycloak realm that issues the tokens, e.g. http://localhost:18080/realms/jixiao
 * @param mongoUri              the MongoDB server without database, e.g. mongodb://localhost:27017
 * @param kafkaBootstrapServers e.g. localhost:9092
 * @param springProfiles        the Spring profiles the services run with, e.g. {@code demo} to load the demo tenants'
 *                              data; empty for none
 */
public record ServiceEnvironment(ServicePorts ports, String issuer, String mongoUri, String kafkaBootstrapServers,
                                 String springProfiles) {

    /** Services without demo data, as the end-to-end tests run them. */
    public ServiceEnvironment(ServicePorts ports, String issuer, String mongoUri, String kafkaBootstrapServers) {
        this(ports, issuer, mongoUri, kafkaBootstrapServers, "");
    }

    /** The environment of ./jixiao up: the demo tenants get their demo projects. */
    public static ServiceEnvironment local() {
        return new ServiceEnvironment(ServicePorts.local(), "http://localhost:18080/realms/jixiao",
                "mongodb://localhost:27017", "localhost:9092", "demo");
    }

    public Map<String, String> forService(Service service) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("SERVER_PORT", Integer.toString(ports.of(service)));
        environment.put("JIXIAO_ISSUER", issuer);
        if (!springProfiles.isBlank()) {
            environment.put("SPRING_PROFILES_ACTIVE", springProfiles);
        }
        switch (service) {
            case GATEWAY -> {
                environment.put("PROJECT_SERVICE_URL", localUrl(Service.PROJECT));
                environment.put("EVALUATION_SERVICE_URL", localUrl(Service.EVALUATION));
                environment.put("REPORT_SERVICE_URL", localUrl(Service.REPORT));
            }
            case PROJECT -> {
                putBackend(environment, "jixiao-projects");
                // project-service onboards districts and streets through the realm's Admin API
                environment.put(KeycloakServer.TENANTS_CLIENT_SECRET_VARIABLE, KeycloakServer.TENANTS_CLIENT_SECRET);
            }
            case EVALUATION -> putBackend(environment, "jixiao-evaluations");
            case REPORT -> putBackend(environment, "jixiao-reports");
        }
        return environment;
    }

    /** Where a service answers, e.g. http://localhost:8080 for the gateway. */
    public String localUrl(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    private void putBackend(Map<String, String> environment, String database) {
        environment.put("MONGODB_URI", mongoUri + "/" + database);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
    }
}
