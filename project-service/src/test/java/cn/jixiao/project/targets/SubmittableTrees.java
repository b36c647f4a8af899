package cn.jixiao.project.targets;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.demo.JinchenIndicators;

/**
 * Jinchen's tree as the district would approve it: the demo tree with its two lines the checks flag rewritten
 * (按时完成 is the only 时效 line, so the dimension gets a measurable one; 有效提升 is vague).
 */
public final class SubmittableTrees {

    private SubmittableTrees() {
    }

    public static List<IndicatorInput> jinchen() {
        List<IndicatorInput> lines = new ArrayList<>();
        for (IndicatorInput line : JinchenIndicators.indicators()) {
            lines.add(switch (line.id()) {
                case "jc-on-time" -> rewritten(line, "≤12个月", IndicatorDirection.NEGATIVE);
                case "jc-atmosphere" -> rewritten(line, "≥85%", IndicatorDirection.POSITIVE);
                default -> line;
            });
        }
        return lines;
    }

    public static DefineIndicators jinchenFirstDefinition() {
        return new DefineIndicators(null, jinchen());
    }

    public static IndicatorInput rewritten(IndicatorInput line, String target, IndicatorDirection direction) {
        return new IndicatorInput(line.id(), line.category(), line.dimension(), line.name(), target, direction,
                line.weight(), line.dataSource(), line.notApplicable());
    }
}
