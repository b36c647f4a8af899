package cn.jixiao.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The Keycloak server distribution that the devstack build unpacked once per machine (see devstack/pom.xml).
 * Every Keycloak we start runs from it, each with its own database, so only the realm import folder is shared.
 */
public record KeycloakDistribution(Path home) {

    private static final String REALM_RESOURCE = "/keycloak/jixiao-realm.json";
    /** Jixiao's login theme (the realm's loginTheme): Keycloak's own pages with Jixiao's name, no code. */
    private static final String THEME = "jixiao";
    private static final List<String> THEME_FILES = List.of("login/theme.properties",
            "login/messages/messages_zh_CN.properties", "login/messages/messages_en.properties");

    /** The distribution unpacked by the devstack build on this machine. */
    public static KeycloakDistribution installed() {
        var home = BuildInfo.current().keycloakHome();
        var distribution = new KeycloakDistribution(home);
        if (!Files.isExecutable(distribution.launcher())) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + "; run: ./mvnw -B -pl devstack -am install -DskipTests");
        }
        return distribution;
    }

    public Path launcher() {
        var windows = System.getProperty("os.name").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? "kc.bat" : "kc.sh");
    }

    /**
     * Puts our realm where {@code --import-realm} looks for it: {@code data/import} of the distribution, a fixed
     * location. Keycloak imports it only into a database that lacks the realm, so an existing realm stays as is.
     */
    public void installRealm() {
        install(REALM_RESOURCE, home.resolve("data").resolve("import").resolve("jixiao-realm.json"));
    }

    /** Puts Jixiao's login theme into the distribution's {@code themes/jixiao}, where Keycloak finds it at start. */
    public void installTheme() {
        for (String file : THEME_FILES) {
            install("/keycloak/themes/" + THEME + "/" + file, home.resolve("themes").resolve(THEME).resolve(file));
        }
    }

    private static void install(String resource, Path target) {
        try (InputStream source = KeycloakDistribution.class.getResourceAsStream(resource)) {
            if (source == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            var content = source.readAllBytes();
            if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Files.createDirectories(target.getParent());
            // Through a temporary file: a Keycloak starting in parallel must never read half a file
            var temporary = Files.createTempFile(target.getParent(), "jixiao", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install " + resource + " into " + target, e);
        }
    }
}
