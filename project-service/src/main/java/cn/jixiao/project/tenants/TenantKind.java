package cn.jixiao.project.tenants;

/** The two levels of the administration a tenant can be (ADR 1: top-level groups and their subgroups). */
public enum TenantKind {
    /** 区: a top-level group, overseeing its streets. */
    DISTRICT,
    /** 街道: a subgroup of its district, the unit whose projects are entered. */
    STREET
}
