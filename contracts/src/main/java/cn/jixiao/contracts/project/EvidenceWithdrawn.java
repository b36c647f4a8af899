package cn.jixiao.contracts.project;

/**
 * A file of 佐证材料 was withdrawn from the project's evidence list. It is not deleted: it stays in the
 * audit record and can still be downloaded, but the report no longer lists it, and the items after it move up
 * one number.
 *
 * @param reason why the street withdrew it, as the editor wrote it
 */
public record EvidenceWithdrawn(String projectId, String districtId, String streetId, String evidenceId,
                                String reason) {
}
