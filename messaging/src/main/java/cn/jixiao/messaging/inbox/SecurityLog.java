package cn.jixiao.messaging.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jixiao.contracts.EventEnvelope;

/**
 * The security log of refused events: one WARN line per refusal on the {@code jixiao.security} logger, which
 * operators route to their alerting on its own, apart from the services' ordinary logs.
 */
public final class SecurityLog {

    public static final String LOGGER = "jixiao.security";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private SecurityLog() {
    }

    static void refused(String consumer, EventEnvelope<?> event, Refusal refusal) {
        log.warn("Event refused: consumer={} eventId={} type={} aggregate={} claimedTenant={} boundTenant={} code={} "
                        + "reason=\"{}\"", consumer, event.eventId(), event.type(), refusal.aggregate(),
                event.tenantId(), refusal.boundTenant() == null ? "-" : refusal.boundTenant(), refusal.code(),
                refusal.reason());
    }
}
