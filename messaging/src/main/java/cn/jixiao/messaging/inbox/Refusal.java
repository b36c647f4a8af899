package cn.jixiao.messaging.inbox;

import java.util.Objects;

/**
 * Why a consumer refused an event. It travels with the dead letter and into the security log, in English and
 * Chinese like every refusal on the platform.
 *
 * @param code        stable, for alerting: {@code aggregate-unnamed}, {@code payload-tenant-mismatch},
 *                    {@code aggregate-of-another-tenant}
 * @param aggregate   the aggregate concerned
 * @param boundTenant the tenant the aggregate belongs to, {@code null} when the refusal is not about its binding
 * @param reason      in English
 * @param reasonZh    in Chinese
 */
public record Refusal(String code, Aggregate aggregate, String boundTenant, String reason, String reasonZh) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(aggregate, "aggregate");
    }

    /** What the dead letter's headers say about it. */
    public DeadLetterReason asReason() {
        return new DeadLetterReason(code, reason, reasonZh);
    }

    static Refusal unnamed(Aggregate aggregate) {
        return new Refusal("aggregate-unnamed", aggregate, null,
                "the payload names no " + aggregate.kind(),
                "事件内容未指明所涉及的 " + aggregate.kind());
    }

    static Refusal payloadTenantMismatch(Aggregate aggregate, String payloadTenant, String envelopeTenant) {
        return new Refusal("payload-tenant-mismatch", aggregate, null,
                "the payload belongs to tenant " + payloadTenant + " but the envelope to tenant " + envelopeTenant,
                "事件内容所属租户 " + payloadTenant + " 与信封上的租户 " + envelopeTenant + " 不一致");
    }

    static Refusal anotherTenants(Aggregate aggregate, TenantOwner bound, TenantOwner claimed) {
        return new Refusal("aggregate-of-another-tenant", aggregate, bound.tenantId(),
                aggregate.key() + " belongs to tenant " + bound + ", not to " + claimed,
                aggregate.key() + " 属于租户 " + bound + "，不属于 " + claimed);
    }
}
