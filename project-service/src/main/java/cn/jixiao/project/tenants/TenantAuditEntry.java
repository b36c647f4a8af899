package cn.jixiao.project.tenants;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One administrative act, kept for good: who did what to which tenant or account, and when.
 *
 * @param tenantId the tenant acted on (for an account, the street it belongs to)
 * @param action   e.g. {@code district-onboarded}, {@code street-onboarded}, {@code tenant-disabled},
 *                 {@code tenant-enabled}, {@code account-created}, {@code account-disabled},
 *                 {@code account-enabled}, {@code account-removed}
 * @param actor    the administrator's login name, {@code actorId} their Keycloak id
 * @param details  what was done, e.g. the account's username and roles; never a password
 */
@Document("tenant_audit")
public record TenantAuditEntry(@Id String id, @Indexed String tenantId, String action, String actor, String actorId,
                               Map<String, Object> details, Instant at) {
}
