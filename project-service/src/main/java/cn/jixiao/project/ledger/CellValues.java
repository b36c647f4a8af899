package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and amounts from the text of a cell, as finance officers write them in Excel or in a CSV
 * export of their accounting software. Amounts are read as decimals from their text, never through a
 * floating-point number.
 */
final class CellValues {

    /** 2023-03-15, 2023/3/15, 2023.3.15, 2023年3月15日, optionally followed by a time of day. */
    private static final Pattern WRITTEN_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern WHOLE_NUMBER_WITH_ZERO_DECIMALS = Pattern.compile("\\d+\\.0+");
    /** Excel's day 0 in its 1900 date system (the serials of every date after 1900-02-28 count from here). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long LARGEST_SERIAL = 2_958_465; // 9999-12-31

    private CellValues() {
    }

    /**
     * A date written as text, or an Excel date serial (how XLSX stores a date cell: days since 1899-12-30,
     * with the time of day as the fraction).
     */
    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            Matcher written = WRITTEN_DATE.matcher(value);
            if (written.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)),
                        Integer.parseInt(written.group(3))));
            }
            Matcher compact = COMPACT_DATE.matcher(value);
            if (compact.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
        if (SERIAL.matcher(value).matches()) {
            long days = new BigDecimal(value).setScale(0, RoundingMode.FLOOR).longValueExact();
            if (days >= 61 && days <= LARGEST_SERIAL) {
                return Optional.of(EXCEL_EPOCH.plusDays(days));
            }
        }
        return Optional.empty();
    }

    /** Whether the text is an Excel date serial rather than a written date. */
    static boolean isSerial(String text) {
        return SERIAL.matcher(text.strip()).matches();
    }

    /** An amount such as {@code 2000000}, {@code 1,234.50} or {@code 1.0E7}; empty when it is not a number. */
    static Optional<BigDecimal> amount(String text) {
        String value = text.strip().replace(",", "");
        if (value.isEmpty() || !Character.isDigit(value.charAt(value.length() - 1))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A code typed into a number cell may come back as {@code 30227.0}; the code is still 30227. */
    static String code(String text) {
        String value = text.strip();
        return WHOLE_NUMBER_WITH_ZERO_DECIMALS.matcher(value).matches() ? value.substring(0, value.indexOf('.')) : value;
    }
}
