package cn.jixiao.messaging.inbox;

/**
 * What every consumer applies events through ({@link EventDispatcher#forConsumer}): each event once
 * ({@link ProcessedEvents}), only from the tenant its aggregate belongs to ({@link TenantBindings}), a refused
 * record to the dead letters ({@link DeadLetters}).
 */
public record Inbox(ProcessedEvents processed, TenantBindings bindings, DeadLetters deadLetters) {
}
