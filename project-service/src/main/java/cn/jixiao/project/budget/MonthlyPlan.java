package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * The budget's planned spending curve (分月用款计划), optional: for each month of the year, the share of the full-year
 * budget planned to be spent by its end, as a cumulative percentage — so January's figure is January's plan and
 * December's is 100. 绩效运行监控 compares spending to date with it; without one the curve is linear (month ÷ 12).
 * Percentages rather than amounts, so the plan stays right when the budget is adjusted.
 *
 * @param cumulativePercent twelve figures, January first, each 0–100 with at most two decimals, never falling,
 *                          December 100
 */
public record MonthlyPlan(List<BigDecimal> cumulativePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MonthlyPlan {
        cumulativePercent = List.copyOf(cumulativePercent);
    }

    /** The plan as entered, or a 400 naming the month at fault; {@code null} entered is no plan. */
    static MonthlyPlan checked(List<BigDecimal> entered) {
        if (entered == null || entered.isEmpty()) {
            return null;
        }
        if (entered.size() != 12) {
            throw refused(null, Bilingual.of("分月支出计划须为 1–12 月共 12 个累计百分比，收到 " + entered.size() + " 个",
                    "The monthly plan takes 12 cumulative percentages, January to December; got " + entered.size()));
        }
        BigDecimal before = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            BigDecimal share = entered.get(month - 1);
            if (share == null || share.signum() < 0 || share.compareTo(HUNDRED) > 0
                    || share.stripTrailingZeros().scale() > 2) {
                throw refused(month, Bilingual.of(month + " 月的累计支出计划须为 0–100 之间、最多两位小数的百分比",
                        "The plan for month " + month + " must be a percentage from 0 to 100 with at most two decimals"));
            }
            if (share.compareTo(before) < 0) {
                throw refused(month, Bilingual.of(month + " 月的累计支出计划 " + share.toPlainString() + "% 低于上月的 "
                                + before.toPlainString() + "%，累计数不能减少",
                        "The cumulative plan for month " + month + " (" + share.toPlainString()
                                + " %) is below the month before (" + before.toPlainString() + " %)"));
            }
            before = share;
        }
        if (before.compareTo(HUNDRED) != 0) {
            throw refused(12, Bilingual.of("12 月的累计支出计划须为 100%", "The plan for December must be 100 %"));
        }
        return new MonthlyPlan(entered);
    }

    /** The planned share by the end of {@code month}. */
    public BigDecimal byEndOf(int month) {
        return cumulativePercent.get(month - 1);
    }

    private static ProblemException refused(Integer month, Bilingual detail) {
        ProblemException refused = new ProblemException(HttpStatus.BAD_REQUEST, "monthly-plan-invalid",
                Bilingual.of("分月支出计划无效", "Invalid monthly plan"), detail).with("field", "monthlyPlan");
        return month == null ? refused : refused.with("month", month);
    }
}
