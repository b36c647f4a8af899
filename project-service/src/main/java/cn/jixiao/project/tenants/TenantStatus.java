package cn.jixiao.project.tenants;

/** Whether a tenant's people may work. A disabled tenant keeps all of its data. */
public enum TenantStatus {
    ENABLED,
    DISABLED
}
