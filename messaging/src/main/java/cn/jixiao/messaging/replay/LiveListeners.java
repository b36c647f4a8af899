package cn.jixiao.messaging.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Pauses a read model's live listeners on this instance for the rebuild, and resumes them after it. A paused
 * container keeps its consumer in the group (it still polls, without fetching), so its partitions are not handed
 * to anyone else and its committed offsets stay where they were.
 */
final class LiveListeners {

    /** A record being applied when the pause is asked for is finished first; the dispatcher waits 30 s at most. */
    private static final Duration PAUSE_LIMIT = Duration.ofSeconds(45);

    private final KafkaListenerEndpointRegistry registry;

    LiveListeners(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    /**
     * Pauses the listeners and waits until none is applying a record any more. Answers the containers this call
     * paused: one paused already (by an operator, or a dead-letter pause) stays paused after the rebuild.
     */
    List<MessageListenerContainer> pause(List<String> listenerIds) {
        List<MessageListenerContainer> listeners = new ArrayList<>();
        List<MessageListenerContainer> paused = new ArrayList<>();
        for (String id : listenerIds) {
            MessageListenerContainer container = registry.getListenerContainer(id);
            if (container == null) {
                resume(paused);
                throw new IllegalStateException("no Kafka listener with id " + id);
            }
            listeners.add(container);
            if (!container.isPauseRequested()) {
                container.pause();
                paused.add(container);
            }
        }
        long deadline = System.nanoTime() + PAUSE_LIMIT.toNanos();
        for (MessageListenerContainer container : listeners) {
            while (!quiet(container)) {
                if (System.nanoTime() > deadline) {
                    resume(paused);
                    throw new IllegalStateException("listener " + container.getListenerId() + " did not pause within "
                            + PAUSE_LIMIT.toSeconds() + " s");
                }
                sleep();
            }
        }
        return paused;
    }

    /**
     * Paused, stopped, or a consumer without partitions (more instances than partitions), which never reports
     * itself paused because it has nothing to pause; one that gets partitions later pauses them before it polls.
     */
    private static boolean quiet(MessageListenerContainer container) {
        if (!container.isRunning() || container.isContainerPaused()) {
            return true;
        }
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            return concurrent.getContainers().stream().allMatch(LiveListeners::quiet);
        }
        Collection<TopicPartition> assigned = container.getAssignedPartitions();
        return assigned != null && assigned.isEmpty();
    }

    void resume(List<MessageListenerContainer> paused) {
        paused.forEach(MessageListenerContainer::resume);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pausing the live listeners", e);
        }
    }
}
