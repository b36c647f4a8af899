package cn.jixiao.contracts.project;

/**
 * The district returned a 目标调整 request with a comment: the targets in force stay as they were approved, and the
 * street may file a new request.
 *
 * @param revision    the revision of the tree in force, unchanged
 * @param reason      the reason the request gave
 * @param requestedBy the street user who filed it
 * @param returnedBy  the district overseer's login name
 * @param comment     why it was returned; a return always says why
 */
public record TargetsAdjustmentReturned(String projectId, String districtId, String streetId, long revision,
                                        String reason, String requestedBy, String returnedBy, String comment) {
}
