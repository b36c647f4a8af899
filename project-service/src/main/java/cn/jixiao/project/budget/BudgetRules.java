package cn.jixiao.project.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * What a budget must satisfy before it is saved:
 * <ul>
 *   <li>every adjustment changes something, has a written reason (the rules require one for any mid-year
 *       adjustment) and is dated inside the budget year;</li>
 *   <li>调减 never takes 全年预算数 below zero;</li>
 *   <li>the funding sources add up to 年初预算数 and to 全年预算数, the classifications to 全年预算数, to the 分.</li>
 * </ul>
 * A budget that breaks a rule is refused whole, with the figures that do not match.
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    /** Refuses the budget with a problem naming the first rule it breaks; all sums that disagree are listed together. */
    public static void check(Budget budget, int year) {
        budget.adjustments().forEach(adjustment -> checkAdjustment(adjustment, year));
        checkNotBelowZero(budget);
        List<SumMismatch> mismatches = mismatches(budget);
        if (!mismatches.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "breakdown-does-not-add-up",
                    Bilingual.of("预算明细合计与总数不符", "Breakdown does not add up"),
                    Bilingual.of(String.join("；", mismatches.stream().map(SumMismatch::zh).toList()),
                            String.join("; ", mismatches.stream().map(SumMismatch::en).toList())))
                    .with("mismatches", mismatches);
        }
    }

    /**
     * A breakdown whose rows do not sum to the total they divide.
     *
     * @param breakdown  which sum: {@code bySource.initial}, {@code bySource.fullYear} or {@code byClassification}
     * @param expected   the total it must equal
     * @param actual     what its rows add up to
     * @param difference actual − expected
     */
    public record SumMismatch(String breakdown, Yuan expected, Yuan actual, Yuan difference) {

        static SumMismatch of(String breakdown, Yuan expected, Yuan actual) {
            return new SumMismatch(breakdown, expected, actual, actual.minus(expected));
        }

        String zh() {
            return switch (breakdown) {
                case "bySource.initial" -> "各资金来源年初预算数合计 " + actual + "，应等于年初预算数 " + expected;
                case "bySource.fullYear" -> "各资金来源全年预算数合计 " + actual + "，应等于全年预算数 " + expected;
                default -> "各经济分类金额合计 " + actual + "，应等于全年预算数 " + expected;
            };
        }

        String en() {
            return switch (breakdown) {
                case "bySource.initial" -> "the sources' initial amounts add up to " + plain(actual)
                        + " yuan instead of the initial budget " + plain(expected);
                case "bySource.fullYear" -> "the sources' full-year amounts add up to " + plain(actual)
                        + " yuan instead of the full-year budget " + plain(expected);
                default -> "the classifications add up to " + plain(actual)
                        + " yuan instead of the full-year budget " + plain(expected);
            };
        }

        private static String plain(Yuan amount) {
            return amount.amount().toPlainString();
        }
    }

    private static void checkAdjustment(Adjustment adjustment, int year) {
        if (adjustment.amount().isZero()) {
            throw refused("adjustment-amount-zero", adjustment,
                    Bilingual.of("调整金额不能为零", "Adjustment of zero"),
                    Bilingual.of(adjustment.date() + " 的调整金额为 0，追加填正数，调减填负数",
                            "The adjustment of " + adjustment.date() + " is zero; enter a positive amount to add, a negative one to reduce"));
        }
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            throw refused("adjustment-reason-missing", adjustment,
                    Bilingual.of("预算调整须说明原因", "Adjustment without a reason"),
                    Bilingual.of(adjustment.date() + " 的预算调整（" + adjustment.amount() + "）未填写调整原因",
                            "The adjustment of " + adjustment.date() + " (" + adjustment.amount().amount().toPlainString()
                                    + " yuan) has no reason; every budget adjustment needs one"));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (adjustment.date().isBefore(first) || adjustment.date().isAfter(last)) {
            throw refused("adjustment-date-outside-year", adjustment,
                    Bilingual.of("调整日期不在预算年度内", "Adjustment dated outside the budget year"),
                    Bilingual.of("调整日期 " + adjustment.date() + " 不在预算年度 " + year + " 年内（" + first + " 至 " + last + "）",
                            "The adjustment date " + adjustment.date() + " is outside the budget year " + year
                                    + " (" + first + " to " + last + ")"))
                    .with("year", year).with("from", first.toString()).with("to", last.toString());
        }
    }

    private static void checkNotBelowZero(Budget budget) {
        Yuan fullYear = budget.fullYear();
        if (fullYear.isNegative()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "budget-below-zero",
                    Bilingual.of("调减后全年预算数为负", "Reduction below zero"),
                    Bilingual.of("年初预算数 " + budget.initial() + " 加调整合计 " + budget.adjustmentTotal()
                                    + " 得全年预算数 " + fullYear + "，调减不能使全年预算数小于零",
                            "The initial budget " + budget.initial().amount().toPlainString() + " plus the adjustments "
                                    + budget.adjustmentTotal().amount().toPlainString() + " gives a full-year budget of "
                                    + fullYear.amount().toPlainString() + " yuan; a reduction may not take it below zero"))
                    .with("initialBudget", budget.initial())
                    .with("adjustmentTotal", budget.adjustmentTotal())
                    .with("fullYearBudget", fullYear);
        }
    }

    private static List<SumMismatch> mismatches(Budget budget) {
        List<SumMismatch> found = new ArrayList<>();
        compare(found, "bySource.initial", budget.initial(),
                Budget.sum(budget.bySource().stream().map(SourceLine::initial).toList()));
        compare(found, "bySource.fullYear", budget.fullYear(),
                Budget.sum(budget.bySource().stream().map(SourceLine::fullYear).toList()));
        compare(found, "byClassification", budget.fullYear(),
                Budget.sum(budget.byClassification().stream().map(ClassificationLine::amount).toList()));
        return found;
    }

    private static void compare(List<SumMismatch> found, String breakdown, Yuan expected, Yuan actual) {
        if (actual.compareTo(expected) != 0) {
            found.add(SumMismatch.of(breakdown, expected, actual));
        }
    }

    private static ProblemException refused(String code, Adjustment adjustment, Bilingual title, Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, title, detail)
                .with("date", adjustment.date().toString())
                .with("amount", adjustment.amount());
    }
}
