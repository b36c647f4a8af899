package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.ActualReadingKind;

/**
 * An actual value (实际完成值) as read: by {@link TargetParser} alone ({@code kind} {@code null}), or against its
 * indicator by {@link ActualRules}.
 *
 * @param text  exactly as written (trimmed), e.g. "98%", "100", "12个", "已完成"
 * @param value the number, {@code null} when the actual is a statement ("按时完成")
 * @param unit  the unit {@code value} is in, {@code null} if none
 * @param kind  how it was read against the target
 */
public record ActualReading(String text, BigDecimal value, String unit, ActualReadingKind kind) {

    public ActualReading(String text, BigDecimal value, String unit) {
        this(text, value, unit, null);
    }

    public boolean isQualitative() {
        return value == null;
    }

    /** The reading shown back to the street, e.g. "100%" for a bare 100 against ≥100%; empty for a statement. */
    public String shown() {
        return value == null ? null : value.toPlainString() + (unit == null ? "" : unit);
    }
}
