package cn.jixiao.tenancy;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking and which part of the data they may touch, resolved from a verified token only.
 *
 * <p>A street user (group {@code /district/street}) works inside one street. A district user
 * (group {@code /district}) sees every street of that district. Nothing here is ever taken from a
 * header, path or body the client sent.
 *
 * @param subject    the Keycloak user id ({@code sub})
 * @param username   the login name, for audit trails
 * @param districtId the district, or {@code null} for users outside any district (platform admin)
 * @param streetId   the street, or {@code null} for district-level users
 * @param roles      what the user may do
 */
public record TenantAccess(String subject, String username, String districtId, String streetId, Set<Role> roles) {

    public TenantAccess {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        if (streetId != null && districtId == null) {
            throw new IllegalArgumentException("a street always belongs to a district");
        }
    }

    public boolean isStreetUser() {
        return streetId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** May this user read data of the given street? */
    public boolean canRead(String ofDistrict, String ofStreet) {
        if (districtId == null || !districtId.equals(ofDistrict)) {
            return false;
        }
        if (isStreetUser()) {
            return streetId.equals(ofStreet);
        }
        return has(Role.DISTRICT_OVERSEER) || has(Role.AUDITOR);
    }

    /**
     * The one write rule of the platform: an auditor never writes anything, whatever other role the same
     * account also holds. Every write check goes through here (or {@link #writesAs}), so a second role
     * given to an auditor's account by mistake cannot turn read-only access into write access.
     */
    public boolean mayWrite() {
        return !has(Role.AUDITOR);
    }

    /** Does this user hold the role and may write with it? Holding a writing role is not enough for an auditor. */
    public boolean writesAs(Role role) {
        return mayWrite() && has(role);
    }

    /** May this user change the street's own data (projects, budgets, indicators)? */
    public boolean canEdit(String ofDistrict, String ofStreet) {
        return isStreetUser() && writesAs(Role.STREET_EDITOR) && canRead(ofDistrict, ofStreet);
    }

    /** The label written into logs and audit records: the qualified id, e.g. {@code jixiao:panlong:jinchen}. */
    public String label() {
        if (districtId == null) {
            return "-";
        }
        if (!isStreetUser()) {
            return districtId;
        }
        // a qualified street id already names its district; the bare names of issuer-less test tokens do not
        return streetId.startsWith(districtId + TenantIds.SEPARATOR) ? streetId : districtId + "/" + streetId;
    }
}
