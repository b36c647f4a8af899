package cn.jixiao.project.tenants;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.tenancy.TenantAccess;

/**
 * Which tenants are disabled, read again from the register every few seconds rather than on every request.
 * Disabling on this instance takes effect here at once; other instances follow within {@link #FRESH_FOR}.
 */
@Component
class DisabledTenants {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final TenantRegister register;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Set.of(), Instant.MIN));

    DisabledTenants(TenantRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Is the caller's district or street disabled? Their token is still valid, but they work no more. */
    Mono<Boolean> excludes(TenantAccess access) {
        return current().map(disabled -> access.districtId() != null
                && (disabled.contains(key(TenantKind.DISTRICT, access.districtId()))
                || access.isStreetUser() && disabled.contains(key(TenantKind.STREET, access.streetId()))));
    }

    void forget() {
        snapshot.set(new Snapshot(Set.of(), Instant.MIN));
    }

    private Mono<Set<String>> current() {
        Snapshot known = snapshot.get();
        Instant now = clock.instant();
        if (known.readAt().plus(FRESH_FOR).isAfter(now)) {
            return Mono.just(known.keys());
        }
        return register.disabled()
                .map(tenant -> key(tenant.kind(), tenant.id()))
                .collect(Collectors.toUnmodifiableSet())
                .doOnNext(keys -> snapshot.set(new Snapshot(keys, now)));
    }

    private static String key(TenantKind kind, String id) {
        return kind + " " + id;
    }

    private record Snapshot(Set<String> keys, Instant readAt) {
    }
}
