package cn.jixiao.tenancy;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/** The tenant of the request being served, read from the security context of the reactive chain. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    /** The caller's access; a user without a street or district gets 403, never someone else's data. */
    public static Mono<TenantAccess> access() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant ? tenant.access() : null)
                .filter(access -> access.districtId() != null)
                .switchIfEmpty(Mono.error(() -> ProblemException.forbidden(Bilingual.of(
                        "您的账号未归属任何街道或区，无法访问业务数据",
                        "Your account belongs to no street or district and cannot see business data"))));
    }

    /**
     * The caller's access whatever part of the data it covers, also none: for the platform's own operations, which
     * touch no street's data and whose callers (the platform administrator) belong to no district, so that
     * {@link #access()} would refuse them. The operation checks the role itself; no street's data may be read with
     * this.
     */
    public static Mono<TenantAccess> signedIn() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant ? tenant.access() : null)
                .switchIfEmpty(Mono.error(() -> ProblemException.forbidden(Bilingual.of(
                        "您的账号无法识别", "Your account could not be recognised"))));
    }

    /**
     * The caller's access, required to be an editor of a street: the only people who write a street's data.
     * An editor who is also an auditor is refused: auditors never write ({@link TenantAccess#mayWrite()}).
     */
    public static Mono<TenantAccess> streetEditor() {
        return access().flatMap(access -> access.isStreetUser() && access.writesAs(Role.STREET_EDITOR)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "只有街道的填报人员可以修改本街道的数据",
                        "Only a street's editors may change the street's data"))));
    }
}
