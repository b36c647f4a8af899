package cn.jixiao.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.messaging.mongo.StorageConversions;

import static org.assertj.core.api.Assertions.assertThat;

class StorageConversionsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void moneyIsStoredAsDecimal128AndReadBackToTheCent() {
        ReactiveMongoTemplate mongo = template();
        mongo.insert(new Fund("f-1", Yuan.parse("2000000.00"), new BigDecimal("0.1"))).block();

        Document raw = mongo.findById("f-1", Document.class, "fund").block();
        assertThat(raw.get("total")).isEqualTo(new Decimal128(new BigDecimal("2000000.00")));
        assertThat(raw.get("rate")).isInstanceOf(Decimal128.class);
        Fund read = mongo.findById("f-1", Fund.class).block();
        assertThat(read.total()).isEqualTo(Yuan.parse("2000000"));
        assertThat(read.rate()).isEqualByComparingTo("0.1");
    }

    @Test
    void aDateIsTheSameDayWhateverTheServersTimeZone() {
        ReactiveMongoTemplate mongo = template();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            mongo.insert(new Adjustment("a-1", LocalDate.of(2023, 7, 15))).block();
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertThat(mongo.findById("a-1", Adjustment.class).block().date()).isEqualTo(LocalDate.of(2023, 7, 15));
            assertThat(mongo.findById("a-1", Document.class, "adjustment").block().get("date"))
                    .isEqualTo(Date.from(Instant.parse("2023-07-15T00:00:00Z")));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    private ReactiveMongoTemplate template() {
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        MongoCustomConversions conversions = StorageConversions.conversions();
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new ReactiveMongoTemplate(new SimpleReactiveMongoDatabaseFactory(client, "money"), converter);
    }

    @org.springframework.data.mongodb.core.mapping.Document("adjustment")
    record Adjustment(String id, LocalDate date) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("fund")
    record Fund(String id, Yuan total, BigDecimal rate) {
    }
}
