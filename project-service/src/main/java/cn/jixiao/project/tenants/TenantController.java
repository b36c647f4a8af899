package cn.jixiao.project.tenants;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "租户 Tenants", description = "开通区、街道及其账号 / onboarding districts, streets and their accounts")
@RestController
@RequestMapping("/api/tenants")
class TenantController {

    private final TenantOnboarding onboarding;
    private final StreetAccounts accounts;
    private final TenantCatalog catalog;
    private final TenantAudit audit;
    private final PlaceNames names;
    private final String realm;

    TenantController(TenantOnboarding onboarding, StreetAccounts accounts, TenantCatalog catalog, TenantAudit audit,
                     PlaceNames names, KeycloakAdminProperties properties) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
        this.names = names;
        this.realm = properties.issuer();
    }

    @Operation(summary = "区和街道列表（平台管理员：全部；区管理员：本区）/ districts and streets (platform: all; district administrator: own)")
    @GetMapping
    Mono<List<TenantView>> list() {
        return anyAdministrator().flatMap(admin -> onboarding.visibleTo(admin).collectList());
    }

    @Operation(summary = "可见的区和街道名称（任何已登录用户：街道用户为本区及本街道，区用户为本区全部街道，平台管理员为全部）"
            + " / the names of the districts and streets the caller may see (street users: their district and own street;"
            + " district users: their district and all its streets; platform administrator: all)")
    @GetMapping("/names")
    Mono<PlaceNamesView> names() {
        return Administrator.anyoneOfTheRealm(realm).flatMap(names::visibleTo).defaultIfEmpty(PlaceNamesView.NONE);
    }

    @Operation(summary = "开通区及其首位区管理员（平台管理员）/ onboard a district and its first administrator (platform administrator)")
    @PostMapping("/districts")
    Mono<ResponseEntity<OnboardedTenant>> onboardDistrict(@Valid @RequestBody OnboardTenant request) {
        return Administrator.platform(realm).flatMap(admin -> onboarding.onboardDistrict(admin, request)).map(TenantController::created);
    }

    @Operation(summary = "在区下开通街道及其首位填报审核人（平台管理员）/ onboard a street under a district and its first editor and approver (platform administrator)")
    @PostMapping("/{districtId}/streets")
    Mono<ResponseEntity<OnboardedTenant>> onboardStreet(@PathVariable String districtId, @Valid @RequestBody OnboardTenant request) {
        return Administrator.platform(realm).flatMap(admin -> onboarding.onboardStreet(admin, districtId, request))
                .map(TenantController::created);
    }

    @Operation(summary = "停用区或街道：立即停止登录并结束会话，数据保留（平台管理员）/ disable: sign-ins stop now, data stays (platform administrator)")
    @PostMapping("/{tenantId}/disable")
    Mono<TenantView> disable(@PathVariable String tenantId) {
        return Administrator.platform(realm).flatMap(admin -> onboarding.disable(admin, tenantId));
    }

    @Operation(summary = "重新启用区或街道（平台管理员）/ enable again (platform administrator)")
    @PostMapping("/{tenantId}/enable")
    Mono<TenantView> enable(@PathVariable String tenantId) {
        return Administrator.platform(realm).flatMap(admin -> onboarding.enable(admin, tenantId));
    }

    @Operation(summary = "管理操作记录（平台管理员；区管理员：本区）/ who did what and when (platform; district administrator: own district)")
    @GetMapping("/{tenantId}/audit")
    Mono<List<TenantAuditEntry>> audit(@PathVariable String tenantId) {
        return anyAdministrator().flatMap(admin -> catalog.find(tenantId)
                .filter(tenant -> admin.platformAdmin() || admin.access().districtId().equals(tenant.districtId()))
                .switchIfEmpty(Mono.error(() -> TenantProblems.tenantNotFound(tenantId)))
                .flatMap(tenant -> audit.of(tenant.id()).collectList()));
    }

    @Operation(summary = "街道账号列表（区管理员）/ a street's accounts (district administrator)")
    @GetMapping("/{streetId}/accounts")
    Mono<List<StreetAccountView>> accounts(@PathVariable String streetId) {
        return Administrator.district(realm).flatMap(admin -> accounts.list(admin, streetId));
    }

    @Operation(summary = "开设街道账号，返回一次性临时密码（区管理员）/ open a street account; its temporary password is returned once (district administrator)")
    @PostMapping("/{streetId}/accounts")
    Mono<ResponseEntity<IssuedAccount>> open(@PathVariable String streetId, @Valid @RequestBody OpenStreetAccount request) {
        return Administrator.district(realm).flatMap(admin -> accounts.open(admin, streetId, request))
                .map(account -> ResponseEntity.created(URI.create("/api/tenants/" + streetId + "/accounts/" + account.accountId()))
                        .body(account));
    }

    @Operation(summary = "停用街道账号并结束其会话（区管理员）/ disable a street account and end its sessions (district administrator)")
    @PostMapping("/{streetId}/accounts/{accountId}/disable")
    Mono<StreetAccountView> disableAccount(@PathVariable String streetId, @PathVariable String accountId) {
        return Administrator.district(realm).flatMap(admin -> accounts.disable(admin, streetId, accountId));
    }

    @Operation(summary = "启用街道账号（区管理员）/ enable a street account (district administrator)")
    @PostMapping("/{streetId}/accounts/{accountId}/enable")
    Mono<StreetAccountView> enableAccount(@PathVariable String streetId, @PathVariable String accountId) {
        return Administrator.district(realm).flatMap(admin -> accounts.enable(admin, streetId, accountId));
    }

    @Operation(summary = "删除街道账号（区管理员）/ remove a street account (district administrator)")
    @DeleteMapping("/{streetId}/accounts/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable String streetId, @PathVariable String accountId) {
        return Administrator.district(realm).flatMap(admin -> accounts.remove(admin, streetId, accountId));
    }

    private Mono<Administrator> anyAdministrator() {
        return Administrator.platform(realm).onErrorResume(notPlatform -> Administrator.district(realm));
    }

    private static ResponseEntity<OnboardedTenant> created(OnboardedTenant onboarded) {
        return ResponseEntity.created(URI.create("/api/tenants/" + onboarded.tenant().id())).body(onboarded);
    }
}
