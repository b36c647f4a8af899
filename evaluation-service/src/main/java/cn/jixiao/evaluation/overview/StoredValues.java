package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;
import cn.jixiao.evaluation.template.Grade;

/**
 * Reads the values of a stored self-evaluation as the services store them: money and scores as Decimal128 (whole
 * numbers written by hand or by other tools are read too), grades by their enum name.
 */
final class StoredValues {

    private StoredValues() {
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw new IllegalStateException("Money and scores are stored as Decimal128, found " + value.getClass().getName());
    }

    static Yuan yuan(Object value) {
        BigDecimal amount = decimal(value);
        return amount == null ? null : new Yuan(amount);
    }

    static Grade grade(Object value) {
        return value == null ? null : Grade.valueOf(value.toString());
    }

    static List<MonthTotal> months(Object value) {
        if (!(value instanceof List<?> months)) {
            return List.of();
        }
        return months.stream().map(Document.class::cast)
                .map(month -> new MonthTotal(month.getInteger("month"), yuan(month.get("amount"))))
                .toList();
    }
}
