package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.contracts.project.IndicatorUnits;
import cn.jixiao.contracts.project.Target;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Brings an actual into its target's unit before they are compared, and says how it read it. Money converts
 * exactly between 元, 万元 and 亿元 (a 万元 target against an actual in 元 is common); 百分比, ％ and % are one
 * unit; the count units the template names as the same count (by default 个, 项, 件) are one unit. Any other pair
 * of different units (次 against %, 个 against 万元) is not guessed at: the line waits for a correction. An actual
 * without a unit (a form printing the unit in its own column) is read in the target's unit, and the explanation
 * shows that reading.
 */
final class UnitConversion {

    private UnitConversion() {
    }

    static Measurement toTargetUnit(String indicatorName, ActualValue.Measured actual, Target target,
                                    List<String> sameCountUnits) {
        String from = IndicatorUnits.normalised(actual.unit());
        String to = IndicatorUnits.normalised(target.unit());
        String asRead = plain(actual.value()) + (actual.unit() == null ? "" : actual.unit().strip());
        String shown = actual.written() == null || actual.written().strip().equals(asRead)
                ? "实际完成值 " + asRead
                : "实际完成值 " + actual.written().strip() + "（读作 " + asRead + "）";
        if (from == null && to != null) {
            return new Measurement(actual.value(), shown + "（按年度指标值的单位读作 " + plain(actual.value()) + to + "）");
        }
        if (from == null || to == null || from.equals(to)) {
            return new Measurement(actual.value(), shown);
        }
        if (sameCountUnits.contains(from) && sameCountUnits.contains(to)) {
            return new Measurement(actual.value(), shown + "（" + from + "与" + to + "按模板同为计数单位）");
        }
        Optional<BigDecimal> money = IndicatorUnits.convertMoney(actual.value(), from, to);
        if (money.isEmpty()) {
            throw new ScoringException(ScoringException.Reason.UNITS_DIFFER, "指标「" + indicatorName
                    + "」的实际完成值单位「" + from + "」与年度指标值单位「" + to + "」不一致，无法比较；请按「" + to
                    + "」填报，或在模板中将二者设为同一计数单位",
                    "indicator 「" + indicatorName + "」: the actual's unit " + from + " differs from the target's unit "
                            + to + " and cannot be converted; report it in " + to
                            + ", or make both count units the same in the template");
        }
        BigDecimal converted = money.get();
        return new Measurement(converted, shown + "（折合 " + plain(converted) + to + "）");
    }
}
