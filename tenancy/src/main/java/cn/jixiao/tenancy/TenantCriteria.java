package cn.jixiao.tenancy;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The Mongo filter that limits every query to what the caller may see. Documents of tenant data carry
 * {@code districtId} and {@code tenantId} (the street); every repository query of tenant data starts here,
 * so a missing filter cannot quietly show one street another street's data.
 */
public final class TenantCriteria {

    public static final String DISTRICT = "districtId";
    /**
     * The street a document belongs to. A street is the tenant, so the platform has one name for its id: tenantId,
     * in stored documents and event envelopes alike ({@link TenantAccess#streetId()} is the caller's tenantId).
     */
    public static final String TENANT_ID = "tenantId";

    private TenantCriteria() {
    }

    /** The documents matching {@code filter} that the caller may see. */
    public static Query allVisible(TenantAccess access, Criteria filter) {
        return Query.query(new Criteria().andOperator(filter, visibleTo(access)));
    }

    public static Criteria visibleTo(TenantAccess access) {
        if (access.isStreetUser()) {
            return Criteria.where(DISTRICT).is(access.districtId()).and(TENANT_ID).is(access.streetId());
        }
        if (access.has(Role.DISTRICT_OVERSEER) || access.has(Role.AUDITOR)) {
            return Criteria.where(DISTRICT).is(access.districtId());
        }
        // A district user without an oversight role sees nothing rather than everything.
        return Criteria.where(TENANT_ID).is(null).and(DISTRICT).is("\u0000none");
    }
}
