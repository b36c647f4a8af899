package cn.jixiao.project.tenants;

/**
 * How the realm's names are written. A group's name is the tenant's id for good (ADR 1), so it is kept to
 * lower-case letters, digits and hyphens, usually the place's pinyin; the Chinese name is its display name.
 */
final class TenantNames {

    static final String GROUP_NAME = "[a-z][a-z0-9-]{1,39}";
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";

    private TenantNames() {
    }
}
