package cn.jixiao.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak in dev mode ({@code kc.sh start-dev}) with the jixiao realm imported. Each instance keeps its
 * H2 database and transaction log in its own data directory, so tests on a fresh temporary directory and the
 * persistent local stack never share state.
 *
 * <p>The master realm's admin is {@value #ADMIN_USERNAME} / {@value #ADMIN_PASSWORD} (dev only), at
 * {@code http://localhost:<httpPort>/admin}.
 */
public final class KeycloakServer implements Restartable, AutoCloseable {

    public static final String REALM = "jixiao";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /**
     * The secret of the {@code jixiao-tenants} service account that project-service onboards tenants with. The
     * realm file takes it from this variable at import (dev only, like the admin password; compose and Helm
     * take it from their secrets).
     */
    public static final String TENANTS_CLIENT_SECRET_VARIABLE = "JIXIAO_TENANTS_CLIENT_SECRET";
    public static final String TENANTS_CLIENT_SECRET = "jixiao-tenants-local-secret";
    /**
     * The secret of the {@code jixiao-gateway} client, the gateway signing browsers in (ADR 0010). Dev only, like
     * the one above; the realm file falls back to the same value when the variable is not set.
     */
    public static final String GATEWAY_CLIENT_SECRET_VARIABLE = "JIXIAO_GATEWAY_CLIENT_SECRET";
    public static final String GATEWAY_CLIENT_SECRET = "jixiao-gateway-local-secret";
    /** The first start on a machine builds Keycloak (Quarkus augmentation), about 40 s on two cores. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);

    private final ManagedProcess process;
    private final int httpPort;
    private final ReadinessProbe health;
    private final Duration timeout;

    private KeycloakServer(ManagedProcess process, int httpPort, ReadinessProbe health, Duration timeout) {
        this.process = process;
        this.httpPort = httpPort;
        this.health = health;
        this.timeout = timeout;
    }

    public static KeycloakServer start(int httpPort, int managementPort, Path dataDir, Path logDir) {
        return start(httpPort, managementPort, dataDir, logDir, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts Keycloak and returns once {@code /health/ready} on the management port reports UP.
     *
     * @param dataDir holds this instance's database; reuse it to keep users, sessions and realm changes
     * @param logDir  receives keycloak.log
     */
    public static KeycloakServer start(int httpPort, int managementPort, Path dataDir, Path logDir,
                                       Duration timeout) {
        var distribution = KeycloakDistribution.installed();
        distribution.installRealm();
        distribution.installTheme();
        var data = dataDir.toAbsolutePath();
        var command = List.of(distribution.launcher().toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm",
                // dev-file's JDBC URL is ${kc.db-url-path}/data/h2/keycloakdb; the path defaults to the shared home
                "-Dkc.db-url-path=" + data,
                "-Dquarkus.transaction-manager.object-store.directory=" + data.resolve("transaction-logs"));
        var environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                TENANTS_CLIENT_SECRET_VARIABLE, TENANTS_CLIENT_SECRET,
                GATEWAY_CLIENT_SECRET_VARIABLE, GATEWAY_CLIENT_SECRET,
                // kc.sh picks the java of JAVA_HOME; use ours rather than whatever the shell has
                "JAVA_HOME", JavaCommand.javaHome().toString(),
                // C1 only: starts about 20 % faster on two cores; a login costs 40 ms more, irrelevant locally
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        var health = new HttpHealthProbe(URI.create("http://localhost:" + managementPort + "/health/ready"));
        var process = ManagedProcess.startAndAwait(ProcessSpec.of("keycloak", command, environment, logDir),
                health, timeout);
        var server = new KeycloakServer(process, httpPort, health, timeout);
        try {
            // a realm imported by an older checkout gets the clients and theme added since (RealmUpgrade)
            new RealmUpgrade(server.baseUri(), environment).apply(ADMIN_USERNAME, ADMIN_PASSWORD)
                    .forEach(added -> System.out.println("Keycloak: added " + added + " to the existing realm " + REALM));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Launches Keycloak again on its database after its process died and returns once it is ready. The realm is
     * not imported again: {@code --import-realm} skips a realm the database has (the import is for a new database
     * only), so users, sessions' signing keys and changes made in the admin console stay. The realm upgrade of the
     * first start is not repeated either; it has been applied to this database.
     */
    @Override
    public void restart() {
        process.relaunch("restarted by the supervisor");
        process.awaitReady(health, timeout);
    }

    @Override
    public int port() {
        return httpPort;
    }

    /** The token issuer, e.g. http://localhost:18080/realms/jixiao. */
    public String issuer() {
        return baseUri() + "realms/" + REALM;
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    /** Ends with a slash, e.g. http://localhost:18080/. */
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    public int httpPort() {
        return httpPort;
    }

    @Override
    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
