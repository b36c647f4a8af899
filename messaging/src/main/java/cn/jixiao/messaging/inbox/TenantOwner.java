package cn.jixiao.messaging.inbox;

/**
 * The tenant an aggregate belongs to, as bound by the first event seen for it: the envelope's tenant and the
 * district the payload named. Both must match for a later event to be applied, so neither another street nor the
 * same street claiming another district can take the aggregate over.
 *
 * @param districtId {@code null} for an aggregate of the platform
 */
record TenantOwner(String tenantId, String districtId) {

    @Override
    public String toString() {
        return districtId == null ? tenantId : tenantId + " (district " + districtId + ")";
    }
}
