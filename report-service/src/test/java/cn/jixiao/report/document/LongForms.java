package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/**
 * The seed's 自评表 with more indicators, as a street with a larger project writes it: the template's 一级 and 二级
 * groups in its order, three-level names as long as real ones, and a deviation note on every fourth line.
 */
public final class LongForms {

    /** 一级, then its 二级 groups, each with its share of the lines, as the 2023 template orders them. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("产出指标", "数量指标", "质量指标", "时效指标", "成本指标"),
            List.of("效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            List.of("满意度指标", "服务对象满意度指标"));

    /** Names as long as the seed's, from 5 to 22 characters. */
    private static final List<String> NAMES = List.of("开展民族团结进步主题活动次数", "建成睦邻家园数量",
            "中华文化宣传长廊及邻里文化主题街景验收合格率", "示范街区建设按计划完工", "项目总成本", "各族群众参与主题活动人次",
            "铸牢中华民族共同体意识氛围", "民族团结进步创建长效机制", "辖区居民满意度", "建成示范街区文化主题公园数量");

    private LongForms() {
    }

    /** The seed report with its form's indicator rows replaced by {@code count} lines. */
    public static ReportDocument reportWithIndicators(int count) {
        ReportDocument seed = JinchenReportDocument.finalReport();
        return new ReportDocument(seed.projectName(), seed.documentName(), seed.issuer(), false, seed.body(),
                formWithIndicators(count), List.of());
    }

    public static SelfEvaluationForm formWithIndicators(int count) {
        SelfEvaluationForm seed = JinchenReportDocument.form();
        return new SelfEvaluationForm(seed.year(), seed.projectName(), seed.competentDepartment(),
                seed.implementingUnit(), seed.funds(), seed.goals(), indicators(count), seed.total(), seed.gradeLabel(),
                null);
    }

    /**
     * {@code count} lines: about half 产出, a third 效益, the rest 满意度, each 一级's lines dealt over its 二级 groups
     * in turn (so 数量指标 gets the most), every name numbered, so unique and no name part of another.
     */
    public static List<IndicatorRow> indicators(int count) {
        int outputs = Math.max(1, count / 2);
        int effects = Math.max(1, count / 3);
        int satisfaction = Math.max(1, count - outputs - effects);
        List<IndicatorRow> rows = new ArrayList<>();
        int[] shares = {outputs, effects, satisfaction};
        for (int category = 0; category < GROUPS.size(); category++) {
            List<String> dimensions = GROUPS.get(category).subList(1, GROUPS.get(category).size());
            int[] perDimension = new int[dimensions.size()];
            for (int line = 0; line < shares[category]; line++) {
                perDimension[line % dimensions.size()]++;
            }
            for (int dimension = 0; dimension < dimensions.size(); dimension++) {
                for (int line = 0; line < perDimension[dimension]; line++) {
                    rows.add(row(GROUPS.get(category).get(0), dimensions.get(dimension), rows.size() + 1));
                }
            }
        }
        return rows.subList(0, count);
    }

    private static IndicatorRow row(String category, String dimension, int number) {
        boolean shortOfTarget = number % 4 == 0;
        return new IndicatorRow(category, dimension, NAMES.get((number - 1) % NAMES.size()) + "（" + number + "）", "≥90%",
                shortOfTarget ? "85%" : "95%", new BigDecimal("3"), new BigDecimal(shortOfTarget ? "2.50" : "3.00"),
                null, shortOfTarget ? "受施工影响部分内容顺延至次年一季度，已调整计划并加强调度。" : null);
    }
}
