package cn.jixiao.contracts.project;

import java.util.List;

/**
 * The street answered a 整改 item with its measures and, optionally, entries of the project's evidence register.
 *
 * @param answeredBy the street editor's or approver's login name
 */
public record RectificationAnswered(String rectificationId, String projectId, String districtId, String streetId,
                                    String measures, List<String> evidenceIds, String answeredBy) {

    public RectificationAnswered {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
