package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keycloak's realm as its own database file, {@code keycloak/keycloakdb.mv.db} in a backup.
 *
 * <p>Why the file and not a realm export: the Admin API's partial export leaves out the users and masks every
 * client secret, and no Admin API call returns a password hash; {@code kc.sh export} does carry the hashes, but it
 * must open the database, which the running Keycloak holds locked (H2 file, dev mode), and it would rebuild the one
 * Keycloak distribution every local Keycloak on the machine starts from. The file carries everything: users with
 * their password hashes, groups and their attributes, clients with their secrets, the realm's signing keys (tokens
 * issued before the backup stay valid after a restore), and the master realm's admin.
 *
 * <p>Copied while Keycloak runs, the file is what a power cut would leave: H2's MVStore only appends and keeps
 * replaced pages for a while, so the copy opens at its last complete commit (writes of the last half second may
 * be missing). Only the Keycloak version that wrote it reads it back: the manifest names it.
 */
final class KeycloakDatabaseCopy {

    static final String FOLDER = "keycloak";
    static final String FILE_NAME = "keycloakdb.mv.db";

    private KeycloakDatabaseCopy() {
    }

    static void backup(Path database, Path backup) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalStateException("Keycloak has no database at " + database + "; has it ever started?");
        }
        copy(database, backup.resolve(FOLDER).resolve(FILE_NAME));
    }

    static void restore(Path backup, StackLayout target) {
        copy(backup.resolve(FOLDER).resolve(FILE_NAME), target.keycloakDatabase());
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }
}
