package cn.jixiao.messaging.inbox;

import java.util.Objects;

/**
 * Why a record went to the dead letters, as its headers carry it: a stable code for alerting and the
 * {@code jixiao.dead.letters} counter, and the reason in English and Chinese like every refusal on the platform.
 *
 * <p>The codes of records a consumer could not apply: {@code malformed} (not an event envelope),
 * {@code unknown-type} (a type the contracts do not know: the consumer is older than its publisher),
 * {@code unknown-version} (a version of a type the consumer handles, which it cannot read), {@code invalid-payload}
 * (the payload does not read into its record or fails its checks) and {@code apply-failed} (the handler failed:
 * at once when a retry cannot help, else after the bounded retries). The codes of refusals for a tenant are
 * {@link Refusal}'s.
 */
public record DeadLetterReason(String code, String reason, String reasonZh) {

    public DeadLetterReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonZh, "reasonZh");
    }

    static DeadLetterReason malformed(Throwable cause) {
        return new DeadLetterReason("malformed",
                "the record is not a readable event envelope: " + describe(cause),
                "记录不是可读的事件信封：" + describe(cause));
    }

    static DeadLetterReason unknownType(String type, int version) {
        return new DeadLetterReason("unknown-type",
                "the event type " + type + " v" + version + " is not one this consumer's contracts know",
                "本消费者的事件契约中没有事件类型 " + type + " v" + version);
    }

    static DeadLetterReason unknownVersion(String type, int version, String readable) {
        return new DeadLetterReason("unknown-version",
                "version " + version + " of " + type + " cannot be read here; this consumer reads " + readable,
                "无法读取 " + type + " 的第 " + version + " 版；本消费者只能读取 " + readable);
    }

    static DeadLetterReason invalidPayload(String type, int version, Throwable cause) {
        return new DeadLetterReason("invalid-payload",
                "the payload of " + type + " v" + version + " is invalid: " + describe(cause),
                type + " v" + version + " 的事件内容无效：" + describe(cause));
    }

    static DeadLetterReason applyFailed(Throwable cause) {
        return new DeadLetterReason("apply-failed",
                "applying the event failed, and trying again cannot help: " + describe(cause),
                "应用事件失败，重试也无济于事：" + describe(cause));
    }

    static DeadLetterReason applyFailedAfter(int attempts, Throwable cause) {
        return new DeadLetterReason("apply-failed",
                "applying the event failed " + attempts + " times: " + describe(cause),
                "应用事件连续失败 " + attempts + " 次：" + describe(cause));
    }

    /** The innermost cause's class and message: the store's or the parser's own words, not a wrapper's. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
