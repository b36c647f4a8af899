package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * An actual expressed in its target's unit, ready to be compared with the target.
 *
 * @param shown how the explanation names it, e.g. "实际完成值 9次" or "实际完成值 550000元（折合 55万元）"
 */
record Measurement(BigDecimal value, String shown) {
}
