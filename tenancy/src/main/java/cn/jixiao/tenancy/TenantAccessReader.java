package cn.jixiao.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads {@link TenantAccess} from a verified Keycloak token.
 *
 * <p>The tenant comes from the {@code groups} claim with full paths (see docs/adr/0001): {@code /panlong/jinchen}
 * is a street user of 金辰街道, {@code /panlong} a district user of 盘龙区. Roles come from
 * {@code realm_access.roles}. A user in two streets at once is ambiguous and gets no tenant: refusing is
 * safer than guessing which street's data to show.
 */
public final class TenantAccessReader {

    public static final String GROUPS_CLAIM = "groups";

    public TenantAccess read(Jwt jwt) {
        Set<Role> roles = rolesOf(jwt);
        List<String> groups = Optional.ofNullable(jwt.getClaimAsStringList(GROUPS_CLAIM)).orElse(List.of());
        List<String[]> tenantPaths = groups.stream()
                .map(group -> group.replaceFirst("^/", "").split("/"))
                .filter(path -> path.length == 1 || path.length == 2)
                .toList();
        String district = null;
        String street = null;
        if (tenantPaths.size() == 1) {
            String[] path = tenantPaths.get(0);
            district = path[0];
            street = path.length == 2 ? path[1] : null;
        }
        return new TenantAccess(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), district, street, roles);
    }

    private static Set<Role> rolesOf(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> Role.fromKeycloak(String.valueOf(name)).ifPresent(roles::add));
        }
        return roles;
    }
}
