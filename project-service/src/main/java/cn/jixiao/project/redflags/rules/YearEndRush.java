package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 突击花钱: more than the threshold's share of the year's spending dated in the year's last days (by default the 31
 * days of December, where an even pace would put about 8.5%). One flag a year, named by the year, so a dismissal
 * holds however many December rows are added later.
 */
public final class YearEndRush implements LedgerRule {

    private final int windowDays;
    private final BigDecimal sharePercent;

    public YearEndRush(RedFlagThresholds thresholds) {
        this.windowDays = thresholds.yearEndWindowDays();
        this.sharePercent = thresholds.yearEndSharePercent();
    }

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.YEAR_END_RUSH;
    }

    @Override
    public String threshold() {
        return "年度最后 " + windowDays + " 天" + (windowDays == 31 ? "（12月）" : "") + "的支出占全年支出超过 "
                + sharePercent.stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        LocalDate from = LocalDate.of(facts.year(), 12, 31).minusDays(windowDays - 1L);
        List<LedgerRow> inYear = facts.rows().stream().filter(row -> row.date().getYear() == facts.year()).toList();
        List<LedgerRow> atEnd = inYear.stream().filter(row -> !row.date().isBefore(from)).toList();
        BigDecimal total = Percent.sum(inYear);
        BigDecimal end = Percent.sum(atEnd);
        if (total.signum() == 0 || !Percent.above(end, total, sharePercent)) {
            return List.of();
        }
        return List.of(RedFlag.of(kind(), String.valueOf(facts.year()),
                from + " 至 " + facts.year() + "-12-31 支出 " + Percent.yuan(end) + "，占全年支出 " + Percent.yuan(total)
                        + " 的 " + Percent.of(end, total) + "%", atEnd));
    }
}
