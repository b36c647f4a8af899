package cn.jixiao.project.tenants;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The realm's side of a tenant: its group and its accounts. Keycloak is the only production implementation
 * ({@link KeycloakTenantDirectory}); the calls block, so callers run them off the event loop.
 */
public interface TenantDirectory {

    /** The group at a full path such as {@code /panlong/jinchen}, if the realm has it. */
    Optional<DirectoryGroup> group(String path);

    /** Every district group with its street groups, to take tenants imported with the realm into the register. */
    List<DirectoryGroup> districtsWithStreets();

    DirectoryGroup createDistrictGroup(String name, String displayName);

    DirectoryGroup createStreetGroup(DirectoryGroup district, String name, String displayName);

    /** Takes back a group that was just created when its first account could not be. */
    void deleteGroup(DirectoryGroup group);

    boolean usernameTaken(String username);

    /**
     * Creates an enabled account in the group with the realm roles and a temporary password that must be
     * changed at the first sign-in.
     *
     * @return the account's id
     * @throws AccountTaken if the username is in use
     */
    String createAccount(NewAccount account, DirectoryGroup group, Set<String> realmRoles, String temporaryPassword);

    /** The accounts directly in the group (not those of its subgroups). */
    List<DirectoryAccount> members(DirectoryGroup group);

    Optional<DirectoryAccount> account(String accountId);

    void setEnabled(String accountId, boolean enabled);

    /** Ends every session of the account, so no new token is issued from a refresh token it already has. */
    void endSessions(String accountId);

    void delete(String accountId);

    /**
     * @param id          Keycloak's id of the group
     * @param path        e.g. {@code /panlong/jinchen}
     * @param displayName the group's {@code displayName} attribute
     * @param subGroups   the street groups of a district as listed by {@link #districtsWithStreets()}, else empty
     */
    record DirectoryGroup(String id, String path, String name, String displayName, List<DirectoryGroup> subGroups) {

        public DirectoryGroup {
            subGroups = subGroups == null ? List.of() : List.copyOf(subGroups);
        }
    }

    /** An account as the administration pages show it; {@code groupPaths} are full paths. */
    record DirectoryAccount(String id, String username, String firstName, String lastName, String email,
                            boolean enabled, List<String> groupPaths, Set<String> realmRoles) {

        public DirectoryAccount {
            groupPaths = List.copyOf(groupPaths);
            realmRoles = Set.copyOf(realmRoles);
        }
    }

    record NewAccount(String username, String firstName, String lastName, String email) {
    }

    /** The username is in use in the realm, by whichever tenant. */
    class AccountTaken extends RuntimeException {

        public AccountTaken(String username) {
            super("username " + username + " is taken");
        }
    }
}
