package cn.jixiao.messaging.outbox;

import java.util.List;

import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/** Where the relay looks for waiting events: the collections of the mapped aggregates that declare an outbox. */
public final class OutboxCollections {

    private OutboxCollections() {
    }

    public static List<String> declaredIn(MappingContext<? extends MongoPersistentEntity<?>, ?> mapping) {
        return mapping.getPersistentEntities().stream()
                .filter(entity -> HasOutbox.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .sorted()
                .toList();
    }
}
