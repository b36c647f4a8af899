package cn.jixiao.tenancy;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a verified token into a {@link TenantAuthentication} with {@code ROLE_*} authorities. */
public class TenantAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final TenantAccessReader reader;

    public TenantAuthenticationConverter() {
        this(new TenantAccessReader());
    }

    public TenantAuthenticationConverter(TenantAccessReader reader) {
        this.reader = reader;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        TenantAccess access = reader.read(jwt);
        List<SimpleGrantedAuthority> authorities = access.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return Mono.just(new TenantAuthentication(jwt, authorities, access));
    }
}
