package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 满意度 = respondents answering satisfied ÷ valid respondents, as a percentage with two decimals. It is the
 * actual value of a 正向 satisfaction indicator such as "≥90%". Which answers count as satisfied is the survey's
 * business; this only counts.
 */
public record SatisfactionRate(long satisfied, long validRespondents) {

    public SatisfactionRate {
        if (validRespondents <= 0) {
            throw new IllegalArgumentException("A satisfaction rate needs at least one valid respondent");
        }
        if (satisfied < 0 || satisfied > validRespondents) {
            throw new IllegalArgumentException("Satisfied respondents (" + satisfied + ") must be between 0 and the "
                    + validRespondents + " valid respondents");
        }
    }

    public BigDecimal percent() {
        return BigDecimal.valueOf(satisfied).multiply(Figures.HUNDRED)
                .divide(BigDecimal.valueOf(validRespondents), 2, RoundingMode.HALF_UP);
    }

    /** The 实际完成值 of the satisfaction indicator. */
    public ActualValue.Measured asActual() {
        return new ActualValue.Measured(percent(), "%");
    }

    /** E.g. "满意度 = 满意人数 171 ÷ 有效问卷 180 = 95.00%". */
    public String explanation() {
        return "满意度 = 满意人数 " + satisfied + " ÷ 有效问卷 " + validRespondents + " = " + percent() + "%";
    }
}
