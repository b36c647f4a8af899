package cn.jixiao.project.indicators.demo;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;

/** How the demo projects' indicator systems are written down, as a street enters them in the form. */
final class DemoIndicators {

    private DemoIndicators() {
    }

    /** The first definition of a tree (no version read yet). */
    static DefineIndicators firstDefinition(List<IndicatorInput> indicators) {
        return new DefineIndicators(null, indicators);
    }

    static IndicatorInput input(IndicatorCategory category, IndicatorDimension dimension, String id, String name,
                                String target, IndicatorDirection direction, String weight, String dataSource) {
        return new IndicatorInput(id, category, dimension, name, target, direction, new BigDecimal(weight), dataSource);
    }
}
