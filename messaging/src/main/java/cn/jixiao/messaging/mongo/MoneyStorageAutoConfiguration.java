package cn.jixiao.messaging.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Exact money in every store: BigDecimal and {@link cn.jixiao.contracts.money.Yuan} as Decimal128.
 * Runs before Spring Data's own configurations (blocking and reactive), which would otherwise define the conversions first.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        // imports the same DataMongoConfiguration; MessagingAutoConfiguration (after it) would otherwise pull it first
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration"})
@ConditionalOnClass(MongoCustomConversions.class)
public class MoneyStorageAutoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MoneyConversions.conversions();
    }
}
