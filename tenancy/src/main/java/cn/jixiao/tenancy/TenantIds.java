package cn.jixiao.tenancy;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The qualified ids of districts and streets: a tenant is (issuer, district, street).
 *
 * <p>Keycloak group names are chosen by whoever runs a realm, so {@code /panlong/jinchen} may exist in two
 * realms, and a street {@code jinchen} may exist under two districts. Every id the platform stores, indexes
 * or keys a cache by is therefore qualified: the district by its realm's namespace
 * ({@code jixiao:panlong}), the street by its district ({@code jixiao:panlong:jinchen}). Two tenants are
 * the same only if all three parts are.
 *
 * <p>The namespace of a realm is its name in the issuer URI ({@code …/realms/jixiao} → {@code jixiao}) unless
 * the trusted issuer's configuration names another (two Keycloak servers with a realm of the same name).
 */
public final class TenantIds {

    /** Separates namespace, district and street. Keycloak group names may not contain it here. */
    public static final String SEPARATOR = ":";

    private TenantIds() {
    }

    public static String district(String namespace, String district) {
        requirePart(namespace, "namespace");
        requirePart(district, "district");
        return namespace + SEPARATOR + district;
    }

    public static String street(String districtId, String street) {
        Objects.requireNonNull(districtId, "districtId");
        requirePart(street, "street");
        return districtId + SEPARATOR + street;
    }

    /** The namespace of a Keycloak issuer: the realm's name, the last segment of {@code …/realms/NAME}. */
    public static Optional<String> namespaceOfIssuer(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String path = URI.create(issuer).getPath();
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = path.replaceAll("/+$", "").split("/");
        String last = segments[segments.length - 1];
        return last.isBlank() ? Optional.empty() : Optional.of(last);
    }

    private static void requirePart(String part, String what) {
        if (part == null || part.isBlank() || part.contains(SEPARATOR)) {
            throw new IllegalArgumentException("a tenant's " + what + " must be a non-blank name without '"
                    + SEPARATOR + "': " + part);
        }
    }
}
