package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Map;

import cn.jixiao.contracts.project.Target;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Brings an actual into its target's unit before they are compared. Money converts exactly between 元, 万元 and
 * 亿元 (a 万元 target against an actual in 元 is common); any other pair of different units (次 against %, 个
 * against 万元) is an error, never a guess. A side without a unit is read in the other side's unit.
 */
final class UnitConversion {

    /** Powers of ten of each money unit, in 元. */
    private static final Map<String, Integer> MONEY = Map.of("元", 0, "万元", 4, "亿元", 8);

    private UnitConversion() {
    }

    static Measurement toTargetUnit(String indicatorName, ActualValue.Measured actual, Target target) {
        String from = normalised(actual.unit());
        String to = normalised(target.unit());
        String shown = "实际完成值 " + plain(actual.value()) + (from == null ? "" : from);
        if (from == null || to == null || from.equals(to)) {
            return new Measurement(actual.value(), shown);
        }
        Integer fromPower = MONEY.get(from);
        Integer toPower = MONEY.get(to);
        if (fromPower == null || toPower == null) {
            throw new ScoringException(ScoringException.Reason.UNITS_DIFFER, "指标「" + indicatorName
                    + "」的实际完成值单位「" + from + "」与年度指标值单位「" + to + "」不一致，无法比较");
        }
        BigDecimal converted = actual.value().scaleByPowerOfTen(fromPower - toPower);
        return new Measurement(converted, shown + "（折合 " + plain(converted) + to + "）");
    }

    private static String normalised(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return unit.strip().replace('％', '%');
    }
}
