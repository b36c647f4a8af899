package cn.jixiao.project.indicators.demo;

import java.util.List;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;

/**
 * The indicator system of the seed project, 金辰街道 2023 创建全省民族团结进步示范街道专项资金 (200.00万元, all
 * 委托业务费), built from the four 年度目标 of its self-evaluation report, with the actual values of the year.
 *
 * <p>Under the national template (产出 50 = 数量 30 + 质量 10 + 时效 5 + 成本 5; 效益 30; 满意度 10) every indicator
 * reaches its target except the number of themed activities (9 of ≥10, weight 20 → 18.00). With the budget
 * fully spent (执行率 100% → 10) the national rules give 10 + 88 = 98.00, 优, as the seed report states.
 * Used by the tests now; the {@code demo} profile loads it through {@code IndicatorDefinition} and
 * {@code ActualsReporting} like a street would.
 */
public final class JinchenIndicators {

    /** The one indicator that falls short. */
    public static final String ACTIVITIES = "jc-activities";

    private static final String EXPENDITURE_LEDGER = "财务支出明细账";
    private static final String ACCEPTANCE = "工程竣工验收资料";
    private static final String SURVEY = "社会调查问卷分析报告";

    private JinchenIndicators() {
    }

    /** The first definition of the tree (no version read yet). */
    public static DefineIndicators definition() {
        return DemoIndicators.firstDefinition(indicators());
    }

    public static List<IndicatorInput> indicators() {
        return List.of(
                output(IndicatorDimension.QUANTITY, ACTIVITIES, "开展民族团结进步主题活动次数", "≥10次",
                        IndicatorDirection.POSITIVE, "20", "活动台账、签到表及活动照片"),
                output(IndicatorDimension.QUANTITY, "jc-theme-parks", "建成示范街区文化主题公园数量（悬壶水景、茶马古道、同心筑梦）",
                        "=3个", IndicatorDirection.EQUAL, "5", ACCEPTANCE),
                output(IndicatorDimension.QUANTITY, "jc-neighbourhood-homes", "建成睦邻家园数量（金桥花园、金星园丁小区）", "≥2个",
                        IndicatorDirection.POSITIVE, "5", ACCEPTANCE),
                output(IndicatorDimension.QUALITY, "jc-corridor-acceptance", "中华文化宣传长廊及邻里文化主题街景验收合格率", "100%",
                        IndicatorDirection.POSITIVE, "10", ACCEPTANCE),
                output(IndicatorDimension.TIMELINESS, "jc-on-time", "示范街区建设按计划完工", "按时完成",
                        IndicatorDirection.QUALITATIVE, "5", "项目进度台账"),
                output(IndicatorDimension.OUTPUT_COST, "jc-cost", "项目总成本", "≤200万元",
                        IndicatorDirection.NEGATIVE, "5", EXPENDITURE_LEDGER),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.SOCIAL_BENEFIT, "jc-participation",
                        "各族群众参与主题活动人次", "≥3000人次", IndicatorDirection.POSITIVE, "10", "活动台账及签到表"),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.SOCIAL_BENEFIT, "jc-atmosphere",
                        "铸牢中华民族共同体意识氛围", "有效提升", IndicatorDirection.QUALITATIVE, "10", "访谈分析报告"),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.SUSTAINABLE_IMPACT, "jc-mechanism",
                        "民族团结进步创建长效机制", "建立并有效运行", IndicatorDirection.QUALITATIVE, "10", "领导小组联席会议纪要"),
                DemoIndicators.input(IndicatorCategory.SATISFACTION, IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-residents",
                        "辖区居民满意度", "≥90%", IndicatorDirection.POSITIVE, "5", SURVEY),
                DemoIndicators.input(IndicatorCategory.SATISFACTION, IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-merchants",
                        "商圈经营主体满意度", "≥90%", IndicatorDirection.POSITIVE, "5", SURVEY));
    }

    public static List<DemoActual> actuals() {
        return List.of(
                new DemoActual(ACTIVITIES, "9次", "受示范街区主题公园施工影响，原定第四季度举办的1场“我们的节日”主题活动顺延至2024年1月；"
                        + "下一年度将提前编排全年活动计划并预留备用场地，确保按计划开展。"),
                new DemoActual("jc-theme-parks", "3个", null),
                new DemoActual("jc-neighbourhood-homes", "2个", null),
                new DemoActual("jc-corridor-acceptance", "100%", null),
                new DemoActual("jc-on-time", "按时完成", null),
                new DemoActual("jc-cost", "200万元", null),
                new DemoActual("jc-participation", "3260人次", null),
                new DemoActual("jc-atmosphere", "氛围明显增强，达到预期", null),
                new DemoActual("jc-mechanism", "已建立联席会议制度并有效运行", null),
                new DemoActual("jc-residents", "96%", null),
                new DemoActual("jc-merchants", "94%", null));
    }

    private static IndicatorInput output(IndicatorDimension dimension, String id, String name, String target,
                                         IndicatorDirection direction, String weight, String dataSource) {
        return DemoIndicators.input(IndicatorCategory.OUTPUT, dimension, id, name, target, direction, weight, dataSource);
    }
}
