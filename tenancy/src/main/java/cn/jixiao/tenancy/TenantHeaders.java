package cn.jixiao.tenancy;

/** Kafka record headers that carry the tenant next to the envelope, so consumers can log it before parsing. */
public final class TenantHeaders {

    public static final String TENANT = "jixiao-tenant";
    public static final String EVENT_TYPE = "jixiao-event-type";

    private TenantHeaders() {
    }
}
