package cn.jixiao.contracts.project;

/**
 * The district sent a 整改 item back to the street, open again; the comment (always there) says what is missing.
 */
public record RectificationSentBack(String rectificationId, String projectId, String districtId, String streetId,
                                    String sentBackBy, String comment) {
}
