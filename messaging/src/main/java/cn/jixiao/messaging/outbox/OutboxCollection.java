package cn.jixiao.messaging.outbox;

/** Declares that documents of this collection carry an {@code outbox} array for the relay to drain. */
public record OutboxCollection(String name) {
}
