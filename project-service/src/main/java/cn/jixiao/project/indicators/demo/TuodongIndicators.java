package cn.jixiao.project.indicators.demo;

import java.util.List;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;

/**
 * The indicator system of the 拓东街道 demo project, 2023 老旧小区绿化提升及社区环境整治专项资金 (150.00万元, 127.50万元
 * spent), with the actual values of the year. Chosen so that every scoring rule shows in the demo:
 * <ul>
 *   <li>正向 short of its target: 绿化提升面积 10,800 of ≥12,000 平方米, weight 20 → 10800 ÷ 12000 × 20 = 18.00;</li>
 *   <li>等于 on its target: 整治老旧小区个数 =6个, 6个 → 10.00;</li>
 *   <li>反向 over its target: 施工期间居民投诉件数 ≤5件, 8件, weight 10 → (1 − (8 − 5) ÷ 5) × 10 = 4.00;</li>
 *   <li>定性 {@value #ENVIRONMENT}: 社区环境整治效果, weight 10, which the evaluator grades 部分达成 (7.00 in
 *       evaluation-service's demo);</li>
 *   <li>satisfaction, one met (居民 92% of ≥90% → 5.00) and one short (商户 86% of ≥90%, weight 5 → 4.78).</li>
 * </ul>
 * Weights follow the national template: 产出 50 (数量 30, 质量 10, 时效 5, 成本 5), 效益 30, 满意度 10. With 85% of the
 * budget spent (8.50 of 10) the national rules give 8.50 + 48.00 + 21.00 + 9.78 = 87.28, 良; evaluation-service's
 * {@code TuodongDemoScoreTest} scores the same data with its engine. Every line below full marks carries its
 * 偏差原因分析及改进措施.
 */
public final class TuodongIndicators {

    /** The qualitative indicator the evaluator grades; evaluation-service's demo refers to it by this id. */
    public static final String ENVIRONMENT = "td-environment";

    private static final String ACCEPTANCE = "工程竣工验收资料";
    private static final String SURVEY = "社会调查问卷分析报告";

    private TuodongIndicators() {
    }

    /** The first definition of the tree (no version read yet). */
    public static DefineIndicators definition() {
        return DemoIndicators.firstDefinition(indicators());
    }

    public static List<IndicatorInput> indicators() {
        return List.of(
                DemoIndicators.input(IndicatorCategory.OUTPUT, IndicatorDimension.QUANTITY, "td-green-area", "小区绿化提升面积",
                        "≥12000平方米", IndicatorDirection.POSITIVE, "20", ACCEPTANCE),
                DemoIndicators.input(IndicatorCategory.OUTPUT, IndicatorDimension.QUANTITY, "td-compounds", "完成环境整治的老旧小区个数",
                        "=6个", IndicatorDirection.EQUAL, "10", ACCEPTANCE),
                DemoIndicators.input(IndicatorCategory.OUTPUT, IndicatorDimension.QUALITY, "td-acceptance", "绿化及整治工程验收合格率",
                        "100%", IndicatorDirection.POSITIVE, "10", ACCEPTANCE),
                DemoIndicators.input(IndicatorCategory.OUTPUT, IndicatorDimension.TIMELINESS, "td-on-time", "整治工程按期完工率",
                        "≥90%", IndicatorDirection.POSITIVE, "5", "项目进度台账"),
                DemoIndicators.input(IndicatorCategory.OUTPUT, IndicatorDimension.OUTPUT_COST, "td-cost", "项目总成本",
                        "≤150万元", IndicatorDirection.NEGATIVE, "5", "财务支出明细账"),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.SOCIAL_BENEFIT, "td-complaints", "施工期间居民投诉件数",
                        "≤5件", IndicatorDirection.NEGATIVE, "10", "12345热线及社区投诉登记台账"),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.SOCIAL_BENEFIT, ENVIRONMENT, "社区环境整治效果",
                        "环境明显改善", IndicatorDirection.QUALITATIVE, "10", "现场核查记录及整治前后对比照片"),
                DemoIndicators.input(IndicatorCategory.EFFECT, IndicatorDimension.ECOLOGICAL_BENEFIT, "td-green-coverage", "整治小区绿化覆盖率",
                        "≥30%", IndicatorDirection.POSITIVE, "10", "园林部门测绘报告"),
                DemoIndicators.input(IndicatorCategory.SATISFACTION, IndicatorDimension.BENEFICIARY_SATISFACTION, "td-residents",
                        "小区居民满意度", "≥90%", IndicatorDirection.POSITIVE, "5", SURVEY),
                DemoIndicators.input(IndicatorCategory.SATISFACTION, IndicatorDimension.BENEFICIARY_SATISFACTION, "td-merchants",
                        "沿街商户满意度", "≥90%", IndicatorDirection.POSITIVE, "5", SURVEY));
    }

    public static List<DemoActual> actuals() {
        return List.of(
                new DemoActual("td-green-area", "10800平方米", "书林街片区1,200平方米绿地因地下管网改造未能同步实施；已与管网施工单位"
                        + "约定2024年一季度完工后补植，今后整治前先行摸排地下设施。"),
                new DemoActual("td-compounds", "6个", null),
                new DemoActual("td-acceptance", "100%", null),
                new DemoActual("td-on-time", "100%", null),
                new DemoActual("td-cost", "127.5万元", null),
                new DemoActual("td-complaints", "8件", "夜间施工噪声及建筑垃圾清运不及时引发投诉8件，均已办结；今后严格执行夜间"
                        + "停工时段，建筑垃圾当日清运，开工前张贴施工公告并公布联系人。"),
                new DemoActual(ENVIRONMENT, "部分小区环境明显改善，书林街片区尚待补植后达标", "书林街片区绿化未完成，整体整治效果"
                        + "尚未全面显现；补植完成后组织第三方复核，并建立小区环境长效管护机制。"),
                new DemoActual("td-green-coverage", "32%", null),
                new DemoActual("td-residents", "92%", null),
                new DemoActual("td-merchants", "86%", "施工围挡影响沿街商户经营，部分商户不满意；今后分段施工、缩短围挡时间，"
                        + "并提前与商户沟通施工安排。"));
    }
}
