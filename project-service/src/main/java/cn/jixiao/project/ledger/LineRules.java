package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.classification.EconomicClassifications;

/**
 * The rules every spending entry obeys, whether typed in or imported, for one project's budget year.
 * Each check answers the reason an entry is refused, or nothing when it passes.
 */
final class LineRules {

    static final int PAYEE_LENGTH = 200;
    static final int VOUCHER_LENGTH = 64;
    static final int SUMMARY_LENGTH = 500;
    /** The template's example row carries this voucher number; an upload still holding it forgot to delete it. */
    static final String EXAMPLE_VOUCHER = "示例-0001";

    /** A single payment above a trillion yuan is a typing error, not a street's spending. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private final int year;
    private final ClassificationCatalogue catalogue;

    LineRules(int year, ClassificationCatalogue catalogue) {
        this.year = year;
        this.catalogue = catalogue;
    }

    int year() {
        return year;
    }

    Optional<Bilingual> date(LocalDate date) {
        if (date.getYear() != year) {
            return Optional.of(Bilingual.of("日期 " + date + " 不在预算年度 " + year + " 年内",
                    "The date " + date + " is outside the budget year " + year));
        }
        return Optional.empty();
    }

    Optional<Bilingual> amount(BigDecimal amount) {
        if (amount.signum() <= 0) {
            return Optional.of(Bilingual.of("金额必须大于 0", "The amount must be greater than 0"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(Bilingual.of("金额最多保留两位小数（分）", "The amount has more than two decimals (fen)"));
        }
        if (amount.compareTo(LARGEST) > 0) {
            return Optional.of(Bilingual.of("金额超过 999,999,999,999.99 元，请核对", "The amount exceeds 999,999,999,999.99 yuan"));
        }
        return Optional.empty();
    }

    /** The catalogue's name for the code, or the reason the code (or a name that contradicts it) is refused. */
    Classification classification(String code, String name) {
        Optional<String> known = catalogue.nameOf(year, code);
        if (known.isEmpty()) {
            return Classification.refused(EconomicClassifications.notInCatalogue(year, List.of(code)));
        }
        if (name != null && !name.isBlank() && !known.get().equals(name.strip())) {
            return Classification.refused(Bilingual.of("经济分类名称应为“" + known.get() + "”（编码 " + code + "）",
                    "Code " + code + " is named " + known.get() + ", not " + name.strip()));
        }
        return Classification.named(known.get());
    }

    Optional<Bilingual> voucher(String voucherNo) {
        if (EXAMPLE_VOUCHER.equals(voucherNo)) {
            return Optional.of(Bilingual.of("这是模板的示例行，导入前请删除", "This is the template's example row; delete it before importing"));
        }
        return length(voucherNo, VOUCHER_LENGTH);
    }

    Optional<Bilingual> payee(String payee) {
        return length(payee, PAYEE_LENGTH);
    }

    Optional<Bilingual> summary(String summary) {
        return length(summary, SUMMARY_LENGTH);
    }

    static Bilingual missing(LedgerColumn column) {
        return Bilingual.of(column.header() + "不能为空", "The " + column.english() + " is required");
    }

    private static Optional<Bilingual> length(String text, int max) {
        return text.length() > max
                ? Optional.of(Bilingual.of("不能超过 " + max + " 个字", "At most " + max + " characters"))
                : Optional.empty();
    }

    /** A checked classification: its catalogue name, or why it is refused. */
    record Classification(String name, Bilingual problem) {

        static Classification named(String name) {
            return new Classification(name, null);
        }

        static Classification refused(Bilingual problem) {
            return new Classification(null, problem);
        }

        boolean isKnown() {
            return problem == null;
        }
    }
}
