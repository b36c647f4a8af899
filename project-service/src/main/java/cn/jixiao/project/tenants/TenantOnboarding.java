package cn.jixiao.project.tenants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.tenancy.Role;

/**
 * The platform administrator's work: opening districts and streets with their first administrator, and
 * disabling or enabling them. The realm's group comes first, then the account, then the register's record, so
 * a failure half-way leaves no tenant that looks open but cannot be signed into.
 */
@Service
class TenantOnboarding {

    /** A district's first account administers its streets' accounts. */
    static final Set<String> DISTRICT_ADMINISTRATOR_ROLES = Set.of(Administrator.DISTRICT_ADMIN);
    /** A street's first account enters its projects and submits its self-evaluations. */
    static final Set<String> STREET_ADMINISTRATOR_ROLES =
            Set.of(Role.STREET_EDITOR.keycloakName(), Role.STREET_APPROVER.keycloakName());

    private final TenantCatalog catalog;
    private final TenantRegister register;
    private final TenantDirectoryAccess directory;
    private final TemporaryPasswords passwords;
    private final TenantAudit audit;
    private final DisabledTenants disabledTenants;
    private final Clock clock;

    TenantOnboarding(TenantCatalog catalog, TenantRegister register, TenantDirectoryAccess directory,
                     TemporaryPasswords passwords, TenantAudit audit, DisabledTenants disabledTenants, Clock clock) {
        this.catalog = catalog;
        this.register = register;
        this.directory = directory;
        this.passwords = passwords;
        this.audit = audit;
        this.disabledTenants = disabledTenants;
        this.clock = clock;
    }

    Mono<OnboardedTenant> onboardDistrict(Administrator admin, OnboardTenant request) {
        String path = "/" + request.name();
        return unused(path, request.administrator())
                .then(directory.call(realm -> realm.createDistrictGroup(request.name(), request.displayName())))
                .flatMap(group -> open(admin, TenantKind.DISTRICT, group, request.administrator(),
                        DISTRICT_ADMINISTRATOR_ROLES, "district-onboarded"));
    }

    Mono<OnboardedTenant> onboardStreet(Administrator admin, String districtId, OnboardTenant request) {
        return catalog.find(districtId)
                .flatMap(district -> {
                    if (district.kind() != TenantKind.DISTRICT) {
                        return Mono.error(TenantProblems.notADistrict(districtId));
                    }
                    if (!district.enabled()) {
                        return Mono.error(TenantProblems.tenantDisabled(districtId));
                    }
                    String path = district.groupPath() + "/" + request.name();
                    return unused(path, request.administrator())
                            .then(directory.call(realm -> realm.createStreetGroup(
                                    realm.group(district.groupPath()).orElseThrow(() -> TenantProblems.tenantNotFound(districtId)),
                                    request.name(), request.displayName())))
                            .flatMap(group -> open(admin, TenantKind.STREET, group, request.administrator(),
                                    STREET_ADMINISTRATOR_ROLES, "street-onboarded"));
                });
    }

    /** Stops every sign-in of the tenant's people now, and ends their sessions; their data stays. */
    Mono<TenantView> disable(Administrator admin, String tenantId) {
        return catalog.find(tenantId).flatMap(tenant -> {
            if (!tenant.enabled()) {
                return Mono.just(tenant);
            }
            return groupsOf(tenant)
                    .flatMap(groups -> directory.call(realm -> suspendAccounts(realm, groups)))
                    .flatMap(suspended -> register.save(tenant.disabled(suspended, clock.instant()))
                            .flatMap(saved -> audit.record(admin.access(), saved.id(), "tenant-disabled",
                                            Map.of("groupPath", saved.groupPath(), "accountsSuspended", suspended.size()))
                                    .thenReturn(saved)));
        }).doOnNext(tenant -> disabledTenants.forget()).map(TenantView::of);
    }

    /** Lets the people of the tenant sign in again: exactly the accounts that disabling switched off. */
    Mono<TenantView> enable(Administrator admin, String tenantId) {
        return catalog.find(tenantId).flatMap(tenant -> {
            if (tenant.enabled()) {
                return Mono.just(tenant);
            }
            return directory.run(realm -> {
                        for (String accountId : tenant.suspendedUserIds()) {
                            // an account removed meanwhile stays removed
                            if (realm.account(accountId).isPresent()) {
                                realm.setEnabled(accountId, true);
                            }
                        }
                        return null;
                    })
                    .then(register.save(tenant.enabledAgain(clock.instant())))
                    .flatMap(saved -> audit.record(admin.access(), saved.id(), "tenant-enabled",
                                    Map.of("groupPath", saved.groupPath(), "accountsResumed", tenant.suspendedUserIds().size()))
                            .thenReturn(saved));
        }).doOnNext(tenant -> disabledTenants.forget()).map(TenantView::of);
    }

    private Mono<Void> unused(String path, NewAdministrator administrator) {
        return register.hasGroup(path)
                .flatMap(known -> known ? Mono.error(TenantProblems.groupExists(path))
                        : directory.call(realm -> {
                            if (realm.group(path).isPresent()) {
                                throw TenantProblems.groupExists(path);
                            }
                            if (realm.usernameTaken(administrator.username())) {
                                throw TenantProblems.usernameTaken(administrator.username());
                            }
                            return Boolean.TRUE;
                        }))
                .then();
    }

    private Mono<OnboardedTenant> open(Administrator admin, TenantKind kind, TenantDirectory.DirectoryGroup group,
                                       NewAdministrator person, Set<String> roles, String action) {
        String password = passwords.next();
        Tenant tenant = catalog.record(kind, group, admin.access().username());
        return directory.call(realm -> {
                    try {
                        return realm.createAccount(person.account(), group, roles, password);
                    } catch (RuntimeException failed) {
                        // no tenant without its first administrator: the group goes, so it can be onboarded again
                        realm.deleteGroup(group);
                        throw failed instanceof TenantDirectory.AccountTaken
                                ? TenantProblems.usernameTaken(person.username()) : failed;
                    }
                })
                .flatMap(accountId -> register.insert(tenant)
                        .flatMap(saved -> audit.record(admin.access(), saved.id(), action, details(saved, person, roles))
                                .thenReturn(new OnboardedTenant(TenantView.of(saved),
                                        new IssuedAccount(accountId, person.username(), group.path(), roles, password)))));
    }

    private static Map<String, Object> details(Tenant tenant, NewAdministrator person, Set<String> roles) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("groupPath", tenant.groupPath());
        details.put("displayName", tenant.displayName());
        details.put("administrator", person.username());
        details.put("roles", List.copyOf(roles));
        return details;
    }

    /** The groups whose people a tenant's status governs: a street's own, or a district's and all its streets'. */
    private Mono<List<String>> groupsOf(Tenant tenant) {
        if (tenant.kind() == TenantKind.STREET) {
            return Mono.just(List.of(tenant.groupPath()));
        }
        return catalog.ofDistrict(tenant.districtId()).map(Tenant::groupPath).collectList();
    }

    private static List<String> suspendAccounts(TenantDirectory realm, List<String> groupPaths) {
        List<String> suspended = new ArrayList<>();
        for (String path : groupPaths) {
            TenantDirectory.DirectoryGroup group = realm.group(path).orElse(null);
            if (group == null) {
                continue;
            }
            for (TenantDirectory.DirectoryAccount account : realm.members(group)) {
                if (account.enabled()) {
                    realm.setEnabled(account.id(), false);
                    suspended.add(account.id());
                }
                // a disabled account's refresh tokens would still be refused; ending the sessions says so at once
                realm.endSessions(account.id());
            }
        }
        return suspended;
    }

    Flux<TenantView> visibleTo(Administrator admin) {
        Flux<Tenant> tenants = admin.platformAdmin() ? catalog.all() : catalog.ofDistrict(admin.access().districtId());
        return tenants.map(TenantView::of);
    }
}
