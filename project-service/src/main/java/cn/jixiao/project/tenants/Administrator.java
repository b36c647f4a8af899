package cn.jixiao.project.tenants;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAuthentication;

/**
 * Who is administering: the platform administrator, or a district's administrator (realm role
 * {@value #DISTRICT_ADMIN} in the district's own group). Both are read from the verified token, like every
 * tenant in Jixiao, and only tokens of the realm being administered count.
 */
record Administrator(TenantAccess access, boolean platformAdmin, boolean districtAdmin) {

    static final String DISTRICT_ADMIN = "district-admin";

    /** The caller, who must be the platform administrator. */
    static Mono<Administrator> platform(String realmIssuer) {
        return caller(realmIssuer).filter(Administrator::platformAdmin)
                .switchIfEmpty(Mono.error(TenantProblems::notPlatformAdmin));
    }

    /** The caller, who must be the administrator of a district. */
    static Mono<Administrator> district(String realmIssuer) {
        return caller(realmIssuer).filter(Administrator::districtAdmin)
                .switchIfEmpty(Mono.error(TenantProblems::notDistrictAdmin));
    }

    /**
     * Whoever is signed in with a token of the realm being administered, administrator or not; empty for a token
     * of another trusted realm, whose districts and streets are not in this register.
     */
    static Mono<Administrator> anyoneOfTheRealm(String realmIssuer) {
        return signedIn().filter(tenant -> issuedBy(tenant, realmIssuer)).map(tenant -> of(tenant.access(), tenant.getToken()));
    }

    private static Mono<Administrator> caller(String realmIssuer) {
        return signedIn().flatMap(tenant -> issuedBy(tenant, realmIssuer)
                ? Mono.just(of(tenant.access(), tenant.getToken()))
                : Mono.error(TenantProblems.otherRealm()));
    }

    private static Mono<TenantAuthentication> signedIn() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant ? tenant : null);
    }

    private static boolean issuedBy(TenantAuthentication tenant, String realmIssuer) {
        return Objects.equals(tenant.getToken().getClaimAsString("iss"), realmIssuer);
    }

    private static Administrator of(TenantAccess access, Jwt token) {
        // district-admin is not one of the roles that open business data (tenancy's Role), so it is read here
        boolean districtAdmin = access.districtId() != null && !access.isStreetUser()
                && realmRoles(token).contains(DISTRICT_ADMIN);
        return new Administrator(access, access.has(Role.PLATFORM_ADMIN), districtAdmin);
    }

    private static Collection<?> realmRoles(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles ? roles : java.util.List.of();
    }
}
