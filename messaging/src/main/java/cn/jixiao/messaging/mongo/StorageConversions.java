package cn.jixiao.messaging.mongo;

import java.util.List;

import org.bson.types.Decimal128;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import cn.jixiao.contracts.money.Yuan;

/**
 * How every service stores the values where a mistake would be silent:
 * <ul>
 * <li>{@link Yuan} and BigDecimal as BSON Decimal128: exact, and summable by {@code $sum} in aggregations,
 * never a double or a sub-document;</li>
 * <li>dates with the driver's own java.time codecs: a {@code LocalDate} is stored as that day at UTC midnight,
 * whatever the server's time zone, so 2023-07-15 written in Asia/Shanghai is not read back as July 14 in a
 * UTC container.</li>
 * </ul>
 */
public final class StorageConversions {

    private StorageConversions() {
    }

    public static MongoCustomConversions conversions() {
        return MongoCustomConversions.create(adapter -> adapter
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128)
                .useNativeDriverJavaTimeCodecs()
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
