package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Facts the devstack build wrote into {@code devstack.properties}: where Maven unpacked Keycloak, and the project
 * version that names the service jars. Read from the classpath, so it works in other modules' tests too.
 *
 * @param projectVersion the Maven version of the reactor, e.g. 0.1.0-SNAPSHOT
 * @param keycloakHome   the unpacked keycloak-quarkus-dist, shared by every Keycloak this machine starts
 */
public record BuildInfo(String projectVersion, Path keycloakHome) {

    private static final String RESOURCE = "devstack.properties";

    public static BuildInfo current() {
        try (var in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; build devstack first");
            }
            var properties = new Properties();
            properties.load(in);
            return new BuildInfo(properties.getProperty("project.version"),
                    Path.of(properties.getProperty("keycloak.home")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
