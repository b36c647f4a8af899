package cn.jixiao.project.tenants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.tenancy.Role;

/**
 * A district administrator's work: opening, disabling and removing the accounts of the district's streets.
 * Only streets of the administrator's own district exist for them (another district's answers 404, as for
 * business data), only accounts in those streets' groups can be touched, and only the two street roles can be
 * granted: nobody makes themselves or anyone else an overseer, auditor or administrator this way.
 */
@Service
class StreetAccounts {

    static final Set<String> GRANTABLE = Set.of(Role.STREET_EDITOR.keycloakName(), Role.STREET_APPROVER.keycloakName());
    /** The roles shown with an account: the ones that mean something in Jixiao, not Keycloak's defaults. */
    private static final Set<String> MEANINGFUL = Set.of(Role.STREET_EDITOR.keycloakName(), Role.STREET_APPROVER.keycloakName(),
            Role.DISTRICT_OVERSEER.keycloakName(), Role.AUDITOR.keycloakName(), Role.PLATFORM_ADMIN.keycloakName(),
            Administrator.DISTRICT_ADMIN);

    private final TenantCatalog catalog;
    private final TenantDirectoryAccess directory;
    private final TemporaryPasswords passwords;
    private final TenantAudit audit;

    StreetAccounts(TenantCatalog catalog, TenantDirectoryAccess directory, TemporaryPasswords passwords, TenantAudit audit) {
        this.catalog = catalog;
        this.directory = directory;
        this.passwords = passwords;
        this.audit = audit;
    }

    Mono<List<StreetAccountView>> list(Administrator admin, String streetId) {
        return streetOf(admin, streetId).flatMap(street -> directory.call(realm -> realm.group(street.groupPath())
                .map(realm::members).orElse(List.of()).stream()
                .map(StreetAccounts::view).toList()));
    }

    Mono<IssuedAccount> open(Administrator admin, String streetId, OpenStreetAccount request) {
        for (String role : request.roles()) {
            if (!GRANTABLE.contains(role)) {
                return Mono.error(TenantProblems.roleNotGrantable(role));
            }
        }
        Set<String> roles = new TreeSet<>(request.roles());
        NewAdministrator person = request.person();
        String password = passwords.next();
        return streetOf(admin, streetId)
                .flatMap(street -> street.enabled() ? Mono.just(street) : Mono.error(TenantProblems.tenantDisabled(streetId)))
                .flatMap(street -> directory.call(realm -> {
                            TenantDirectory.DirectoryGroup group = realm.group(street.groupPath())
                                    .orElseThrow(() -> TenantProblems.tenantNotFound(streetId));
                            try {
                                return realm.createAccount(person.account(), group, roles, password);
                            } catch (TenantDirectory.AccountTaken taken) {
                                throw TenantProblems.usernameTaken(person.username());
                            }
                        })
                        .flatMap(accountId -> audit.record(admin.access(), street.id(), "account-created",
                                        details(accountId, person.username(), roles))
                                .thenReturn(new IssuedAccount(accountId, person.username(), street.groupPath(), roles, password))));
    }

    /** Stops the account's sign-ins and ends its sessions; the account and what it entered stay. */
    Mono<StreetAccountView> disable(Administrator admin, String streetId, String accountId) {
        return change(admin, streetId, accountId, "account-disabled", (realm, account) -> {
            realm.setEnabled(account.id(), false);
            realm.endSessions(account.id());
        });
    }

    Mono<StreetAccountView> enable(Administrator admin, String streetId, String accountId) {
        return change(admin, streetId, accountId, "account-enabled", (realm, account) -> realm.setEnabled(account.id(), true));
    }

    /** Removes the account from the realm. What the person entered stays, audited under their name. */
    Mono<Void> remove(Administrator admin, String streetId, String accountId) {
        return streetOf(admin, streetId).flatMap(street -> directory.call(realm -> {
                    TenantDirectory.DirectoryAccount account = accountIn(realm, street, accountId);
                    realm.endSessions(account.id());
                    realm.delete(account.id());
                    return account;
                })
                .flatMap(account -> audit.record(admin.access(), street.id(), "account-removed",
                        details(account.id(), account.username(), meaningful(account.realmRoles())))))
                .then();
    }

    private interface Change {
        void apply(TenantDirectory realm, TenantDirectory.DirectoryAccount account);
    }

    private Mono<StreetAccountView> change(Administrator admin, String streetId, String accountId, String action, Change change) {
        return streetOf(admin, streetId).flatMap(street -> directory.call(realm -> {
                    TenantDirectory.DirectoryAccount account = accountIn(realm, street, accountId);
                    change.apply(realm, account);
                    return realm.account(accountId).orElseThrow();
                })
                .flatMap(account -> audit.record(admin.access(), street.id(), action,
                                details(account.id(), account.username(), meaningful(account.realmRoles())))
                        .thenReturn(view(account))));
    }

    /** A street of the administrator's own district; any other answers 404 and says nothing more. */
    private Mono<Tenant> streetOf(Administrator admin, String streetId) {
        return catalog.find(streetId)
                .filter(tenant -> admin.access().districtId().equals(tenant.districtId()))
                .switchIfEmpty(Mono.error(() -> TenantProblems.tenantNotFound(streetId)))
                .flatMap(tenant -> tenant.kind() == TenantKind.STREET ? Mono.just(tenant)
                        : Mono.error(TenantProblems.notAStreet(streetId)));
    }

    private static TenantDirectory.DirectoryAccount accountIn(TenantDirectory realm, Tenant street, String accountId) {
        return realm.account(accountId)
                .filter(account -> account.groupPaths().contains(street.groupPath()))
                .orElseThrow(() -> TenantProblems.accountNotFound(accountId));
    }

    private static StreetAccountView view(TenantDirectory.DirectoryAccount account) {
        return new StreetAccountView(account.id(), account.username(), account.firstName(), account.lastName(),
                account.email(), account.enabled(), meaningful(account.realmRoles()));
    }

    private static Set<String> meaningful(Set<String> roles) {
        Set<String> shown = new TreeSet<>(roles);
        shown.retainAll(MEANINGFUL);
        return shown;
    }

    private static Map<String, Object> details(String accountId, String username, Set<String> roles) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountId", accountId);
        details.put("username", username);
        details.put("roles", List.copyOf(roles));
        return details;
    }
}
