package cn.jixiao.project.tenants;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "区或街道 / a district or a street")
public record TenantView(String id, TenantKind kind, String districtId, String streetId, String groupPath,
                         String name, String displayName, TenantStatus status, String createdBy, Instant createdAt,
                         Instant changedAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id(), tenant.kind(), tenant.districtId(), tenant.streetId(), tenant.groupPath(),
                tenant.name(), tenant.displayName(), tenant.status(), tenant.createdBy(), tenant.createdAt(),
                tenant.changedAt());
    }
}
