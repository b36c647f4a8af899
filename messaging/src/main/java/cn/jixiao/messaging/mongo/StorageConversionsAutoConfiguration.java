package cn.jixiao.messaging.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Exact money and zone-independent dates in every store (see {@link StorageConversions}). Runs before Spring
 * Data's own configuration, which would otherwise define the conversions first.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration"})
@ConditionalOnClass(MongoCustomConversions.class)
public class StorageConversionsAutoConfiguration {

    @Bean
    MongoCustomConversions jixiaoMongoConversions() {
        return StorageConversions.conversions();
    }
}
