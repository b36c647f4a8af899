package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.messaging.mongo.StorageConversions;

import static org.assertj.core.api.Assertions.assertThat;

class ExpenditureDocumentTest {

    private final MappingMongoConverter spring = converter();

    @Test
    void theHandBuiltDocumentIsWhatSpringsMappingWritesAndReadsBackWithItsVouchersKeyOrAGeneratedOne() {
        for (Integer sourceRow : new Integer[]{17, null}) {
            for (String id : new String[]{Expenditure.keyOf("project-1", "记-2023-12-030"), null}) {
                Expenditure entry = new Expenditure(id, "project-1", "panlong", "jinchen", "batch-1", LocalDate.of(2023, 12, 31), 12,
                        new Yuan(new BigDecimal("139000.00")), "30227", "委托业务费", "昆明市盘龙区民族文化传播有限公司", "记-2023-12-030",
                        "年度创建工作总结展演委托费（尾款）", sourceRow, "panlong-jinchen-editor", Instant.parse("2024-01-10T03:30:00.123Z"));

                Document mapped = new Document();
                spring.write(entry, mapped);
                mapped.remove("_class");

                assertThat(entry.toDocument()).isEqualTo(mapped);
                assertThat(spring.read(Expenditure.class, entry.toDocument())).isEqualTo(entry);
            }
        }
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = StorageConversions.conversions();
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
