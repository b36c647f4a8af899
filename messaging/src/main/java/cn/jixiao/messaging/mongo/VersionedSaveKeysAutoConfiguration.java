package cn.jixiao.messaging.mongo;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Every service's versioned documents get {@link VersionedSaveKeys}' index when the service starts, before it
 * serves (the entities are the {@code @Document} classes the mapping context found). Off with
 * {@code jixiao.mongodb.versioned-save-index=false}, for measuring the difference.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration")
@ConditionalOnClass(ReactiveMongoOperations.class)
@ConditionalOnBean(ReactiveMongoOperations.class)
@ConditionalOnProperty(name = "jixiao.mongodb.versioned-save-index", havingValue = "true", matchIfMissing = true)
public class VersionedSaveKeysAutoConfiguration {

    @Bean
    SmartInitializingSingleton jixiaoVersionedSaveKeys(ObjectProvider<ReactiveMongoOperations> mongo,
                                                       ObjectProvider<MongoMappingContext> mappings) {
        return () -> {
            MongoMappingContext mapping = mappings.getIfAvailable();
            ReactiveMongoOperations operations = mongo.getIfAvailable();
            if (mapping == null || operations == null) {
                return;
            }
            // a store that does not answer at start is not waited for: the service starts, and saves scan
            VersionedSaveKeys.ensure(operations, List.copyOf(mapping.getPersistentEntities()))
                    .timeout(VersionedSaveKeys.AT_START)
                    .onErrorResume(e -> Mono.empty())
                    .block();
        };
    }
}
