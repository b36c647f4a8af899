package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import cn.jixiao.contracts.money.Yuan;

/** The sentences the report generates from the numbers, worded as the seed report words them. */
public final class ReportSentences {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportSentences() {
    }

    /** One economic classification's share of the fund. */
    public record ClassShare(String name, Yuan amount) {
    }

    /**
     * 评价结果: e.g. 「我单位2023年创建全省民族团结进步示范街道专项资金项目支出绩效自评分98.00分，自评结果为优秀，达成了预期的
     * 绩效目标，切实做到了用实、用好财政资金。」, and the district's 复核 result when it set one.
     *
     * @param grade 优, 良, 中 or 差, which decides how the sentence ends
     */
    public static String conclusion(int year, String projectName, BigDecimal total, String grade, String gradeLabel,
                                    BigDecimal reviewTotal, String reviewGrade) {
        String sentence = "我单位" + year + "年" + projectName + "项目支出绩效自评分" + points(total) + "分，自评结果为"
                + gradeLabel + "，" + outcome(grade);
        if (reviewTotal != null) {
            sentence += "经区级复核，复核得分" + points(reviewTotal) + "分，复核结果为" + labelOf(reviewGrade) + "。";
        }
        return sentence;
    }

    /**
     * The fund and its economic classification: 「2023年度…专项资金200.00万元（全部为委托业务费）。」 when one class is
     * the whole, else each class with its amount and share.
     */
    public static String funds(int year, String unit, String projectName, Yuan total, List<ClassShare> classes) {
        String fund = year + "年度" + (unit == null ? "" : unit) + fundName(projectName) + wan(total) + "万元";
        List<ClassShare> present = classes.stream().filter(share -> !share.amount().isZero()).toList();
        if (present.isEmpty()) {
            return fund + "。";
        }
        if (present.size() == 1 && present.get(0).amount().compareTo(total) == 0) {
            return fund + "（全部为" + present.get(0).name() + "）。";
        }
        return fund + "，其中：" + present.stream()
                .map(share -> share.name() + wan(share.amount()) + "万元，占" + percent(share(share.amount(), total)) + "%")
                .collect(Collectors.joining("；")) + "。";
    }

    /** 「全年预算数200.00万元，全年执行数200.00万元，预算执行率100.00%。」 */
    public static String execution(Yuan fullYearBudget, Yuan executed, BigDecimal ratePercent) {
        return "全年预算数" + wan(fullYearBudget) + "万元，全年执行数" + wan(executed) + "万元，预算执行率"
                + (ratePercent == null ? "无法计算（全年预算数为0）" : percent(ratePercent) + "%") + "。";
    }

    /** 执行率 = executed ÷ budget in percent, two decimals half-up; {@code null} without a budget. */
    public static BigDecimal rate(Yuan executed, Yuan budget) {
        if (budget == null || executed == null || budget.isZero()) {
            return null;
        }
        return share(executed, budget);
    }

    /** An amount in 万元 as printed: 2 decimals, half-up. */
    public static String wan(Yuan amount) {
        return amount.inWan().toPlainString();
    }

    /** A score as printed: 2 decimals. */
    public static String points(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal share(Yuan part, Yuan whole) {
        return part.amount().multiply(HUNDRED).divide(whole.amount(), 2, RoundingMode.HALF_UP);
    }

    /** The fund as the sentence names it: the project's name when it names a fund (…专项资金), else …项目资金. */
    private static String fundName(String projectName) {
        return projectName.endsWith("资金") ? projectName : projectName + "项目资金";
    }

    private static String outcome(String grade) {
        return switch (grade == null ? "" : grade) {
            case "优" -> "达成了预期的绩效目标，切实做到了用实、用好财政资金。";
            case "良" -> "基本达成了预期的绩效目标，财政资金使用效益较好。";
            case "中" -> "部分达成了预期的绩效目标，财政资金使用效益有待提高。";
            default -> "未能达成预期的绩效目标，需认真分析原因并加以整改。";
        };
    }

    /** The national labels of the grades; a review grade comes without its template's label. */
    public static String labelOf(String grade) {
        return switch (grade == null ? "" : grade) {
            case "优" -> "优秀";
            case "良" -> "良好";
            case "中" -> "中";
            case "差" -> "差";
            default -> grade;
        };
    }
}
