package cn.jixiao.messaging.replay;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One live feed of a read model, as the rebuild replays it: the topic it consumes, the id of its
 * {@code @KafkaListener} (paused during the rebuild), and the very code it applies a record with (its
 * {@code EventDispatcher}'s {@code dispatch}), so a replayed event goes through the same tenant check, the same
 * processed-event record and the same handler as a live one.
 */
public record ReplayedFeed(String topic, String listenerId, Consumer<ConsumerRecord<String, String>> apply) {
}
