package cn.jixiao.project.review;

import java.util.Set;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/** The accounts the policy tests act with: 金辰街道's two writing roles, 盘龙区's overseer and auditors. */
public final class Accounts {

    public static final TenantAccess EDITOR = street("jinchen-editor", Role.STREET_EDITOR);
    public static final TenantAccess APPROVER = street("jinchen-approver", Role.STREET_APPROVER);
    public static final TenantAccess OVERSEER = district("overseer", Role.DISTRICT_OVERSEER);
    public static final TenantAccess AUDITOR = district("auditor", Role.AUDITOR);
    /** An auditor's account writes nothing, whatever other role it holds. */
    public static final TenantAccess AUDITING_OVERSEER = district("auditing-overseer", Role.AUDITOR,
            Role.DISTRICT_OVERSEER);
    public static final TenantAccess AUDITING_EDITOR = street("auditing-editor", Role.AUDITOR, Role.STREET_EDITOR);

    private Accounts() {
    }

    public static TenantAccess street(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", "jinchen", Set.of(roles));
    }

    public static TenantAccess district(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", null, Set.of(roles));
    }
}
