package cn.jixiao.project.deadletters;

import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAuthentication;

/**
 * The caller at the dead-letter desk, who must be the platform administrator as onboarding knows them (tenants'
 * {@code Administrator.platform}): role {@code platform-admin} in a token of the realm this platform administers.
 * Read from the verified token only. The platform administrator has no district, so the usual {@code TenantAccess}
 * argument (which requires one) cannot be used here.
 */
final class PlatformOperator {

    private PlatformOperator() {
    }

    static Mono<TenantAccess> of(String realmIssuer) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant ? tenant : null)
                .filter(tenant -> Objects.equals(tenant.getToken().getClaimAsString("iss"), realmIssuer))
                .map(TenantAuthentication::access)
                .filter(access -> access.has(Role.PLATFORM_ADMIN))
                .switchIfEmpty(Mono.error(DeadLetterProblems::notPlatformAdmin));
    }
}
