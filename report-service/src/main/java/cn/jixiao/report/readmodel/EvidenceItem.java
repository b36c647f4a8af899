package cn.jixiao.report.readmodel;

/**
 * One file of the project's evidence list (佐证材料), as the report lists it.
 *
 * @param position  where project-service placed it in the list (1, 2, … in the order attached); 0 while only its
 *                  withdrawal is known, because the two events arrived out of order
 * @param withdrawn withdrawn from the list: kept so a late attachment does not bring it back
 */
public record EvidenceItem(String evidenceId, String type, String title, String fileName, int position,
                           boolean withdrawn) {

    EvidenceItem asWithdrawn() {
        return new EvidenceItem(evidenceId, type, title, fileName, position, true);
    }
}
