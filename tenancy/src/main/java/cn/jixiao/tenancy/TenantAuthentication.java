package cn.jixiao.tenancy;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token together with the tenant it resolves to. */
public class TenantAuthentication extends JwtAuthenticationToken {

    private final transient TenantAccess access;

    public TenantAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, TenantAccess access) {
        super(jwt, authorities, access.username());
        this.access = access;
    }

    public TenantAccess access() {
        return access;
    }
}
