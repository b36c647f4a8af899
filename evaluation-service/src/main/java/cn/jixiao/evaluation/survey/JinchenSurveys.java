package cn.jixiao.evaluation.survey;

import java.util.List;
import java.util.Map;

/**
 * The two satisfaction surveys of the seed project (金辰街道 2023 创建全省民族团结进步示范街道专项资金), as counts per
 * answer: residents 192 satisfied of 200 valid (96.00%) and businesses 47 of 50 (94.00%), the actuals the street
 * reported for {@code jc-residents} and {@code jc-merchants}, so the project still scores 98.00, 优.
 */
final class JinchenSurveys {

    /** The seed project's code in project-service. */
    static final String PROJECT_CODE = "530103-2023-MZTJ-001";

    private JinchenSurveys() {
    }

    /** One survey: its questionnaire's questions and, per question in order, the count of each answer. */
    record Entry(String indicatorId, String title, List<String> questions, List<Map<String, Long>> counts,
                 long invalidRespondents) {
    }

    static List<Entry> all() {
        return List.of(
                new Entry("jc-residents", "金辰街道创建全省民族团结进步示范街道居民满意度调查问卷", List.of(
                        "您对金辰街道创建民族团结进步示范街道工作的总体满意度",
                        "您对民族团结进步主题活动的满意度",
                        "您对文化主题公园、睦邻家园等示范街区设施的满意度"), List.of(
                        counts(138, 54, 6, 2, 0),
                        counts(121, 62, 13, 4, 0),
                        counts(130, 58, 10, 2, 0)), 3),
                new Entry("jc-merchants", "金辰街道商圈经营主体满意度调查问卷", List.of(
                        "您对示范街区建设营造的营商和文化氛围的总体满意度",
                        "您对街区环境整治和公共设施建设的满意度"), List.of(
                        counts(29, 18, 2, 1, 0),
                        counts(26, 19, 4, 1, 0)), 0));
    }

    /** 非常满意, 满意, 一般, 不满意, 非常不满意. */
    private static Map<String, Long> counts(long best, long satisfied, long neutral, long dissatisfied, long worst) {
        return Map.of("非常满意", best, "满意", satisfied, "一般", neutral, "不满意", dissatisfied, "非常不满意", worst);
    }
}
