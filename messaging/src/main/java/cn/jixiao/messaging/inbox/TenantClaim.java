package cn.jixiao.messaging.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whom an event says it belongs to, as read from its payload: the aggregates it changes and the tenant fields it
 * carries. The payload's tenant is checked against the envelope's, and the envelope's against the tenant each
 * aggregate is bound to.
 *
 * @param aggregates what the event changes, the one that owns the others first (a project before its evaluation),
 *                   so a refusal names the aggregate that matters
 * @param streetId   the street the payload names, {@code null} for an event about a district or the platform
 * @param districtId the district the payload names, {@code null} for a platform-wide event
 */
public record TenantClaim(List<Aggregate> aggregates, String streetId, String districtId) {

    public TenantClaim {
        aggregates = List.copyOf(aggregates);
        if (aggregates.isEmpty()) {
            throw new IllegalArgumentException("an event is about at least one aggregate");
        }
    }

    /** An event of a street's own data, e.g. a project's budget. */
    public static TenantClaim ofStreet(String streetId, String districtId, Aggregate... aggregates) {
        return new TenantClaim(Arrays.asList(aggregates), streetId, districtId);
    }

    /** An event of a district's own data, e.g. the template a district chose. */
    public static TenantClaim ofDistrict(String districtId, Aggregate... aggregates) {
        return new TenantClaim(Arrays.asList(aggregates), null, districtId);
    }

    /**
     * An event whose payload names no tenant, e.g. a template the platform publishes for every district. Only the
     * binding protects it: the aggregate stays with the tenant that first published it.
     */
    public static TenantClaim platformWide(Aggregate... aggregates) {
        return new TenantClaim(Arrays.asList(aggregates), null, null);
    }

    /** The tenant the envelope must carry: the payload's street if it names one, else its district. */
    public Optional<String> payloadTenant() {
        return Optional.ofNullable(streetId != null ? streetId : districtId);
    }

    /** The aggregate a refusal names: the first, which owns the others. */
    public Aggregate principal() {
        return aggregates.get(0);
    }
}
