package cn.jixiao.project.tenants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import cn.jixiao.tenancy.SecurityProperties;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Finds tenants in the register. Districts and streets that came with the realm import (the demo's 盘龙区 and
 * its streets) or were made in the Keycloak console are taken into the register the first time they are asked
 * for, so every tenant can be disabled and administered the same way.
 */
@Component
class TenantCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(TenantCatalog.class);
    static final String REALM_IMPORT = "realm-import";

    private final TenantRegister register;
    private final TenantDirectoryAccess directory;
    private final TenantGroupIds ids;
    private final Clock clock;

    TenantCatalog(TenantRegister register, TenantDirectoryAccess directory, KeycloakAdminProperties realm,
                  SecurityProperties trusted, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.ids = new TenantGroupIds(realm.issuer(), trusted);
        this.clock = clock;
    }

    Mono<Tenant> find(String tenantId) {
        return register.byId(tenantId)
                .switchIfEmpty(Mono.defer(() -> adoptRealmGroups().then(register.byId(tenantId))))
                .switchIfEmpty(Mono.error(() -> TenantProblems.tenantNotFound(tenantId)));
    }

    Flux<Tenant> all() {
        return adoptRealmGroups().thenMany(register.all());
    }

    Flux<Tenant> ofDistrict(String districtId) {
        return adoptRealmGroups().thenMany(register.ofDistrict(districtId));
    }

    /**
     * The district's tenants as the register knows them, taking the realm's groups in first only while the
     * register lacks {@code ownTenantId} (the caller's own district or street). For reads every page makes, such
     * as the names: the register answers them, the realm is asked once. Should the realm not answer (this service
     * started without its administration account), the register's answer stands.
     */
    Flux<Tenant> ofDistrictKnowing(String districtId, String ownTenantId) {
        return register.byId(ownTenantId).hasElement()
                .flatMap(known -> known ? Mono.<Void>empty() : adoptRealmGroupsIfReachable())
                .thenMany(register.ofDistrict(districtId));
    }

    /** Every tenant, the realm's groups taken in first where the realm answers; the register's answer otherwise. */
    Flux<Tenant> allKnown() {
        return adoptRealmGroupsIfReachable().thenMany(register.all());
    }

    private Mono<Void> adoptRealmGroupsIfReachable() {
        return adoptRealmGroups().onErrorResume(unreachable -> {
            LOG.warn("The realm's groups could not be taken into the register; answering from the register: {}",
                    unreachable.toString());
            return Mono.empty();
        });
    }

    Mono<Void> adoptRealmGroups() {
        return directory.call(TenantDirectory::districtsWithStreets)
                .flatMapMany(districts -> Flux.fromIterable(recordsOf(districts)))
                .concatMap(tenant -> register.hasGroup(tenant.groupPath())
                        .flatMap(known -> known ? Mono.empty() : register.insert(tenant))
                        // another request took the same group into the register first
                        .onErrorResume(DuplicateKeyException.class, raced -> Mono.empty()))
                .then();
    }

    private List<Tenant> recordsOf(List<TenantDirectory.DirectoryGroup> districts) {
        List<Tenant> tenants = new ArrayList<>();
        for (TenantDirectory.DirectoryGroup district : districts) {
            tenants.add(record(TenantKind.DISTRICT, district, REALM_IMPORT));
            district.subGroups().forEach(street -> tenants.add(record(TenantKind.STREET, street, REALM_IMPORT)));
        }
        return tenants;
    }

    /** The register's record of a group, named by the ids its members' tokens carry. */
    Tenant record(TenantKind kind, TenantDirectory.DirectoryGroup group, String createdBy) {
        TenantAccess member = ids.memberOf(group.path());
        String id = kind == TenantKind.STREET ? member.streetId() : member.districtId();
        return new Tenant(id, kind, member.districtId(), member.streetId(), group.path(), group.id(), group.name(),
                group.displayName(), TenantStatus.ENABLED, List.of(), createdBy, clock.instant(), clock.instant(), null);
    }
}
