package cn.jixiao.project.audit;

import java.util.Map;

/**
 * One change as the audit trail keeps it: who changed what of which project, and the part changed before
 * and after. Money inside {@code before}/{@code after} stays exact (BigDecimal), never a double.
 *
 * @param subject what was changed: {@code project}, {@code budget}, {@code ledger}, {@code indicators},
 *                {@code actuals}, {@code evidence}
 * @param action  what happened, e.g. {@code registered}, {@code updated}, {@code imported}
 * @param actor   the login name of the person, {@code actorId} their Keycloak id
 */
public record AuditRecord(String projectId, String districtId, String streetId, String subject, String action,
                          String actor, String actorId, Map<String, Object> before, Map<String, Object> after) {
}
