package cn.jixiao.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a newcomer needs once the stack is up: where everything answers, who can log in, and how to get a token.
 *
 * @param environment where the services listen and what they were given
 * @param keycloak    the running Keycloak
 * @param stateDir    the .jixiao folder with data and logs
 * @param users       the demo logins
 * @param startup     how long the start took
 */
record StackBanner(ServiceEnvironment environment, KeycloakServer keycloak, Path stateDir, List<DemoUser> users,
                   Duration startup) {

    private static final String ROW = "  %-20s %s%n";
    private static final String USER_ROW = "  %-18s %-13s %-34s %s%n";

    String render() {
        var text = new StringBuilder();
        text.append("%nJixiao is up: all healthy after %d s.%n%n".formatted(startup.toSeconds()));
        // the browser goes by the name localhost: Keycloak's redirect URIs and the session cookie are set for it
        text.append(ROW.formatted("Workbench (browser)", environment.localUrl(Service.GATEWAY)
                .replace(ServiceEnvironment.LOOPBACK, "localhost") + "/  (sign in as a demo login below)"));
        text.append(ROW.formatted("Gateway (API)", environment.localUrl(Service.GATEWAY)));
        for (var service : ServicePorts.BACKENDS) {
            var instances = environment.ports().instancesOf(service);
            for (var instance : instances) {
                text.append(ROW.formatted(instance.name(), environment.localUrl(instance)
                        + (instances.size() > 1 ? "  (instance " + instance.number() + " of " + instances.size()
                        + ", balanced by the gateway)" : "")));
            }
        }
        text.append(ROW.formatted("Keycloak admin", keycloak.baseUri() + "admin  ("
                + KeycloakServer.ADMIN_USERNAME + " / " + KeycloakServer.ADMIN_PASSWORD + ")"));
        text.append(ROW.formatted("Token issuer", keycloak.issuer()));
        text.append(ROW.formatted("MongoDB", environment.mongoUri()));
        text.append(ROW.formatted("Kafka", environment.kafkaBootstrapServers() + "  (SASL/SCRAM-SHA-512, ACLs per service; "
                + "logins in " + stateDir.resolve("data").resolve("kafka").resolve(KafkaBroker.LOGINS_FILE) + ")"));
        text.append(ROW.formatted("Data and logs", stateDir.resolve("data") + ", " + stateDir.resolve("logs")));

        text.append("%nDemo logins (in the workbench; for tokens, client jixiao-web):%n".formatted());
        text.append(USER_ROW.formatted("user", "password", "role", "street/district"));
        for (var user : users) {
            text.append(USER_ROW.formatted(user.username(), user.password(), String.join(", ", user.roles()),
                    user.unit().isEmpty() ? "-" : user.unit()));
        }

        var example = users.get(0);
        text.append("%nGet a token:%n  curl -s -d grant_type=password -d client_id=jixiao-web -d username=%s -d password=%s %s%n"
                .formatted(example.username(), example.password(), keycloak.tokenEndpoint()));
        text.append("%nCtrl-C stops everything.%n".formatted());
        return text.toString();
    }
}
