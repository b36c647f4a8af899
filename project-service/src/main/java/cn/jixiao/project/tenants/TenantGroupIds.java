package cn.jixiao.project.tenants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.jixiao.tenancy.SecurityProperties;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAccessReader;
import cn.jixiao.tenancy.TenantIds;

/**
 * The qualified ids of a group's tenant, exactly as every service will read them from a member's token.
 *
 * <p>Rather than repeating how ids are formed, a token of a member of the group, issued by the realm being
 * administered, is put to the same {@link TenantAccessReader} the services use, with the same namespace per
 * trusted issuer. So a tenant record can never name its tenant differently from the data its people enter.
 */
final class TenantGroupIds {

    private final String issuer;
    private final TenantAccessReader reader;

    TenantGroupIds(String issuer, SecurityProperties trusted) {
        this.issuer = issuer;
        this.reader = new TenantAccessReader(of -> trusted.issuers().stream()
                .filter(candidate -> candidate.uri().equals(of))
                .findFirst()
                .map(SecurityProperties.Issuer::effectiveNamespace)
                .orElseGet(() -> TenantIds.namespaceOfIssuer(of)));
    }

    /** The district and street a member of the group at {@code groupPath} belongs to. */
    TenantAccess memberOf(String groupPath) {
        Jwt member = Jwt.withTokenValue("member-of-" + groupPath)
                .header("alg", "none")
                .issuer(issuer)
                .subject("member-of-" + groupPath)
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(1))
                .claim(TenantAccessReader.GROUPS_CLAIM, List.of(groupPath))
                .build();
        TenantAccess access = reader.read(member);
        return Optional.of(access).filter(read -> read.districtId() != null)
                .orElseThrow(() -> new IllegalArgumentException("no tenant's group: " + groupPath));
    }
}
