package cn.jixiao.contracts.project;

/**
 * The district confirmed the street's measures: the 整改 item is done.
 *
 * @param comment the overseer's comment, {@code null} if none
 */
public record RectificationConfirmed(String rectificationId, String projectId, String districtId, String streetId,
                                     String confirmedBy, String comment) {
}
