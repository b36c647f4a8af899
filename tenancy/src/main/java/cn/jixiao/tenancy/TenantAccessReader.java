package cn.jixiao.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads {@link TenantAccess} from a verified Keycloak token.
 *
 * <p>The tenant comes from the {@code groups} claim with full paths (see docs/adr/0001): {@code /panlong/jinchen}
 * is a street user of 金辰街道, {@code /panlong} a district user of 盘龙区. Roles come from
 * {@code realm_access.roles}. A user in two streets at once is ambiguous and gets no tenant: refusing is
 * safer than guessing which street's data to show.
 *
 * <p>The ids are qualified by the issuer ({@link TenantIds}): 金辰街道 of realm {@code jixiao} is
 * {@code jixiao:panlong:jinchen}. A token without {@code iss} never passes verification (every verifier checks
 * the issuer); only service tests, which skip the signature, sign in without one, and they get the group names
 * as they are.
 */
public final class TenantAccessReader {

    public static final String GROUPS_CLAIM = "groups";

    private final Function<String, Optional<String>> namespaceOfIssuer;

    /** Names each issuer's tenants by its realm's name. */
    public TenantAccessReader() {
        this(TenantIds::namespaceOfIssuer);
    }

    /** Names each issuer's tenants by the given namespace, e.g. one configured per trusted issuer. */
    public TenantAccessReader(Function<String, Optional<String>> namespaceOfIssuer) {
        this.namespaceOfIssuer = namespaceOfIssuer;
    }

    public TenantAccess read(Jwt jwt) {
        Set<Role> roles = rolesOf(jwt);
        List<String> groups = Optional.ofNullable(jwt.getClaimAsStringList(GROUPS_CLAIM)).orElse(List.of());
        List<String[]> tenantPaths = groups.stream()
                .map(group -> group.replaceFirst("^/", "").split("/"))
                .filter(path -> path.length == 1 || path.length == 2)
                // a group name with the id separator could pose as another tenant's qualified id
                .filter(path -> java.util.Arrays.stream(path).noneMatch(name -> name.isBlank() || name.contains(TenantIds.SEPARATOR)))
                .toList();
        String district = null;
        String street = null;
        if (tenantPaths.size() == 1) {
            String[] path = tenantPaths.get(0);
            Optional<String> namespace = namespaceOfIssuer.apply(jwt.getIssuer() == null ? null : jwt.getIssuer().toString());
            district = namespace.map(ns -> TenantIds.district(ns, path[0])).orElse(path[0]);
            street = path.length == 2 ? (namespace.isPresent() ? TenantIds.street(district, path[1]) : path[1]) : null;
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
