package cn.jixiao.project.tenants;

import java.time.Instant;
import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAccessReader;

/**
 * The qualified ids of a group's tenant, exactly as every service will read them from a member's token.
 *
 * <p>Rather than repeating how ids are formed (issuer, district, street), a token of a member of the group is
 * put to the same {@link TenantAccessReader} the services use, so a tenant record can never name its tenant
 * differently from the data its people enter.
 */
final class TenantIds {

    private final String issuer;
    private final TenantAccessReader reader = new TenantAccessReader();

    TenantIds(String issuer) {
        this.issuer = issuer;
    }

    /** The district and street a member of the group at {@code groupPath} belongs to. */
    TenantAccess memberOf(String groupPath) {
        Jwt member = Jwt.withTokenValue("tenant-id-of-" + groupPath)
                .header("alg", "none")
                .issuer(issuer)
                .subject("member-of-" + groupPath)
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(1))
                .claim(TenantAccessReader.GROUPS_CLAIM, List.of(groupPath))
                .build();
        return reader.read(member);
    }

    /** The tenant id of the group: its street's id for a street group, else its district's. */
    String of(String groupPath) {
        TenantAccess member = memberOf(groupPath);
        return member.isStreetUser() ? member.streetId() : member.districtId();
    }
}
