package cn.jixiao.project.tenants;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm through Keycloak's Admin API, signed in as the {@code jixiao-tenants} service account. That account
 * holds only realm-management's manage-users, view-users and query-groups: it can create groups and accounts
 * and grant realm roles, but cannot change the realm, its clients or its admins.
 */
class KeycloakTenantDirectory implements TenantDirectory, AutoCloseable {

    /** The attribute of a group that holds its Chinese name (ADR 1). */
    static final String DISPLAY_NAME = "displayName";
    private static final int PAGE = 1000;

    private final Keycloak keycloak;
    private final String realmName;

    KeycloakTenantDirectory(KeycloakAdminProperties properties) {
        this.realmName = properties.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.effectiveServerUrl())
                .realm(realmName)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build();
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    @Override
    public Optional<DirectoryGroup> group(String path) {
        try {
            return Optional.of(groupOf(realm().getGroupByPath(path), List.of()));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public List<DirectoryGroup> districtsWithStreets() {
        return realm().groups().groups(null, 0, PAGE, false).stream()
                .map(district -> groupOf(district, realm().groups().group(district.getId())
                        .getSubGroups(0, PAGE, false).stream().map(street -> groupOf(street, List.of())).toList()))
                .toList();
    }

    @Override
    public DirectoryGroup createDistrictGroup(String name, String displayName) {
        try (Response created = realm().groups().add(newGroup(name, displayName))) {
            return new DirectoryGroup(CreatedResponseUtil.getCreatedId(created), "/" + name, name, displayName, List.of());
        }
    }

    @Override
    public DirectoryGroup createStreetGroup(DirectoryGroup district, String name, String displayName) {
        try (Response created = realm().groups().group(district.id()).subGroup(newGroup(name, displayName))) {
            if (created.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new IllegalStateException("Keycloak refused the group " + name + ": HTTP " + created.getStatus());
            }
            // a subgroup's id is in its body in recent versions, in Location in older ones
            return group(district.path() + "/" + name).orElseThrow();
        }
    }

    @Override
    public void deleteGroup(DirectoryGroup group) {
        realm().groups().group(group.id()).remove();
    }

    @Override
    public boolean usernameTaken(String username) {
        return !realm().users().searchByUsername(username, true).isEmpty();
    }

    @Override
    public String createAccount(NewAccount account, DirectoryGroup group, Set<String> realmRoles, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEmail(account.email());
        user.setEnabled(true);
        user.setGroups(List.of(group.path()));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        // temporary: Keycloak asks for a new password at the first sign-in, so the one we returned stops working
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        String id;
        try (Response created = realm().users().create(user)) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new AccountTaken(account.username());
            }
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try {
            // the roles this account may grant, as its user-management rights see them: no view-realm needed
            var roleMappings = realm().users().get(id).roles().realmLevel();
            List<RoleRepresentation> roles = roleMappings.listAvailable().stream()
                    .filter(role -> realmRoles.contains(role.getName())).toList();
            if (roles.size() != realmRoles.size()) {
                throw new IllegalStateException("the realm lacks one of the roles " + realmRoles);
            }
            roleMappings.add(roles);
        } catch (RuntimeException failed) {
            // an account without its roles would be a login that sees nothing and confuses everyone: take it back
            realm().users().delete(id).close();
            throw failed;
        }
        return id;
    }

    @Override
    public List<DirectoryAccount> members(DirectoryGroup group) {
        return realm().groups().group(group.id()).members(0, PAGE, false).stream()
                .map(user -> accountOf(user, List.of(group.path())))
                .toList();
    }

    @Override
    public Optional<DirectoryAccount> account(String accountId) {
        try {
            var user = realm().users().get(accountId);
            List<String> paths = user.groups().stream().map(GroupRepresentation::getPath).toList();
            return Optional.of(accountOf(user.toRepresentation(), paths));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void setEnabled(String accountId, boolean enabled) {
        var user = realm().users().get(accountId);
        UserRepresentation change = user.toRepresentation();
        change.setEnabled(enabled);
        user.update(change);
    }

    @Override
    public void endSessions(String accountId) {
        realm().users().get(accountId).logout();
    }

    @Override
    public void delete(String accountId) {
        realm().users().delete(accountId).close();
    }

    private DirectoryAccount accountOf(UserRepresentation user, List<String> groupPaths) {
        Set<String> roles = new HashSet<>();
        realm().users().get(user.getId()).roles().realmLevel().listAll().forEach(role -> roles.add(role.getName()));
        return new DirectoryAccount(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                user.getEmail(), Boolean.TRUE.equals(user.isEnabled()), groupPaths, roles);
    }

    private static GroupRepresentation newGroup(String name, String displayName) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        group.setAttributes(Map.of(DISPLAY_NAME, List.of(displayName)));
        return group;
    }

    private static DirectoryGroup groupOf(GroupRepresentation group, List<DirectoryGroup> subGroups) {
        List<String> names = group.getAttributes() == null ? null : group.getAttributes().get(DISPLAY_NAME);
        String displayName = names == null || names.isEmpty() ? group.getName() : names.get(0);
        return new DirectoryGroup(group.getId(), group.getPath(), group.getName(), displayName, subGroups);
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
