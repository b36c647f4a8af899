package cn.jixiao.tenancy;

/**
 * The tenants of the demo realm {@code jixiao} that the local stack imports (devstack's realm file), by their
 * qualified ids. The services' demo profiles seed data for them; nothing outside a demo refers to them.
 */
public final class DemoTenants {

    /** The realm of the local stack, whose name is the namespace of its tenants. */
    public static final String NAMESPACE = "jixiao";

    /** 盘龙区. */
    public static final String PANLONG = TenantIds.district(NAMESPACE, "panlong");
    /** 金辰街道 of 盘龙区, the seed report's street. */
    public static final String JINCHEN = TenantIds.street(PANLONG, "jinchen");
    /** 拓东街道 of 盘龙区. */
    public static final String TUODONG = TenantIds.street(PANLONG, "tuodong");

    private DemoTenants() {
    }
}
