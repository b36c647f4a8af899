package cn.jixiao.project.tenants;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A district or a street as the platform knows it, beside its Keycloak group.
 *
 * @param id               the qualified tenant id, exactly as the services read it from a member's token
 * @param districtId       the qualified id of the district (the tenant itself for a district)
 * @param streetId         the qualified id of the street, {@code null} for a district
 * @param groupPath        the Keycloak group, e.g. {@code /panlong/jinchen}
 * @param groupId          Keycloak's id of that group
 * @param name             the group's name, which never changes (ADR 1: renaming would orphan data)
 * @param displayName      the Chinese name people read, e.g. 金辰街道
 * @param suspendedUserIds the accounts that disabling this tenant switched off, and only those are switched on
 *                         again: an account a district administrator disabled on its own stays disabled
 */
@Document("tenants")
public record Tenant(@Id String id, TenantKind kind, @Indexed String districtId, String streetId,
                     @Indexed(unique = true) String groupPath, String groupId, String name, String displayName,
                     TenantStatus status, List<String> suspendedUserIds, String createdBy, Instant createdAt,
                     Instant changedAt, @Version Long version) {

    public Tenant {
        suspendedUserIds = suspendedUserIds == null ? List.of() : List.copyOf(suspendedUserIds);
    }

    public boolean enabled() {
        return status == TenantStatus.ENABLED;
    }

    Tenant disabled(List<String> suspended, Instant at) {
        return new Tenant(id, kind, districtId, streetId, groupPath, groupId, name, displayName, TenantStatus.DISABLED,
                suspended, createdBy, createdAt, at, version);
    }

    Tenant enabledAgain(Instant at) {
        return new Tenant(id, kind, districtId, streetId, groupPath, groupId, name, displayName, TenantStatus.ENABLED,
                List.of(), createdBy, createdAt, at, version);
    }
}
