package cn.jixiao.project.indicators;

import java.math.BigDecimal;

/**
 * An actual value (实际完成值) as {@link TargetParser} read it.
 *
 * @param text  exactly as written (trimmed), e.g. "98%", "12个", "已完成"
 * @param value the number, {@code null} when the actual is a statement ("按时完成")
 * @param unit  the unit written, {@code null} if none
 */
public record ActualReading(String text, BigDecimal value, String unit) {

    public boolean isQualitative() {
        return value == null;
    }
}
