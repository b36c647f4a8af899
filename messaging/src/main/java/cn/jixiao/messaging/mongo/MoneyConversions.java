package cn.jixiao.messaging.mongo;

import java.util.List;

import org.bson.types.Decimal128;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import cn.jixiao.contracts.money.Yuan;

/**
 * Stores {@link Yuan} as a BSON Decimal128 field (exact, and summable by {@code $sum} in aggregations),
 * not as a sub-document or a double.
 */
public final class MoneyConversions {

    private MoneyConversions() {
    }

    public static MongoCustomConversions conversions() {
        return MongoCustomConversions.create(adapter -> adapter
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128)
                .registerConverters(List.of(new YuanToDecimal128(), new Decimal128ToYuan())));
    }

    @WritingConverter
    static final class YuanToDecimal128 implements Converter<Yuan, Decimal128> {
        @Override
        public Decimal128 convert(Yuan source) {
            return new Decimal128(source.amount());
        }
    }

    @ReadingConverter
    static final class Decimal128ToYuan implements Converter<Decimal128, Yuan> {
        @Override
        public Yuan convert(Decimal128 source) {
            return new Yuan(source.bigDecimalValue());
        }
    }
}
