package cn.jixiao.report.rendering.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.rendering.Measured;

/**
 * The district summary as PDF: every project in 万元, the header row again on every page, totals and the grade
 * distribution. The normal build renders 10 streets × 30 projects; {@code -Dsummary.streets=200} renders the
 * full 6,000-project district the target is set for (under 5 s).
 */
class PdfSummaryFormatTest {

    private static final int STREETS = Integer.getInteger("summary.streets", 10);
    private static final int PROJECTS_PER_STREET = 30;
    private static final List<String> GRADES = List.of("优秀", "良好", "中", "差");

    private final PdfSummaryFormat pdf = new PdfSummaryFormat();

    @Test
    void listsEveryProjectWithTheHeaderRepeatedOnEveryPage() {
        DistrictSummary summary = district(STREETS);
        byte[] file = pdf.render(summary);
        PdfPages.keep(file, "district-summary-" + STREETS + "-streets.pdf");
        PdfPages.pageToPng(file, 0, PdfPages.ARTIFACTS.resolve("district-summary-page-1.png"));

        List<String> pages = PdfPages.text(file);
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(PdfPages.compact(page))
                .contains("项目街道预算执行执行率得分等级状态"));
        String all = PdfPages.compact(String.join("", pages));
        assertThat(all).contains("盘龙区2023年度项目支出绩效自评汇总表", "单位：万元",
                "P0001-01金辰街道项目1金辰街道", "P" + String.format("%04d", STREETS) + "-30");
        assertThat(pages.get(0)).contains("第 1 页 共 " + pages.size() + " 页");
        assertThat(PdfPages.fontsNotEmbedded(file)).isEmpty();
    }

    @Test
    void endsWithTheTotalsAndTheGradeDistribution() {
        DistrictSummary summary = district(2);
        List<String> pages = PdfPages.text(pdf.render(summary));
        String all = PdfPages.compact(String.join("", pages));
        // 60 projects of 120.00 and 90.00 万元 budget, alternating, 95% executed
        assertThat(all).contains("合计（60个项目）6300.005985.0095.00%");
        assertThat(all).contains("等级分布", "等级项目数占比", "优秀1220.00%", "未评分1220.00%");
    }

    @Test
    void rendersAWholeDistrictWithinFiveSeconds() {
        DistrictSummary summary = district(STREETS);
        Measured measured = Measured.warm("district summary PDF, " + summary.rows().size() + " projects", 1, 1,
                () -> pdf.render(summary)).record();
        // CPU time, generous (5 s for 6,000 projects, scaled): a guard against a render that went quadratic
        assertThat(measured.medianCpu().toMillis()).isLessThan(5_000L * STREETS / 200 + 1_000);
    }

    /** {@code streets} streets of 30 projects; every fifth project unscored, the others graded in turn. */
    static DistrictSummary district(int streets) {
        List<DistrictSummary.Row> rows = new ArrayList<>();
        Yuan budget = Yuan.ZERO;
        Yuan executed = Yuan.ZERO;
        Map<String, Long> grades = new LinkedHashMap<>();
        GRADES.forEach(grade -> grades.put(grade, 0L));
        grades.put("未评分", 0L);
        for (int street = 1; street <= streets; street++) {
            String streetName = street == 1 ? "金辰街道" : "第" + street + "街道";
            for (int project = 1; project <= PROJECTS_PER_STREET; project++) {
                Yuan planned = Yuan.parse(project % 2 == 0 ? "900000.00" : "1200000.00");
                Yuan spent = new Yuan(planned.amount().multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP));
                boolean scored = project % 5 != 0;
                String grade = scored ? GRADES.get(project % GRADES.size()) : null;
                rows.add(new DistrictSummary.Row(String.format("P%04d-%02d", street, project), streetName + "项目" + project,
                        streetName, planned, spent, new BigDecimal("95.00"), scored ? new BigDecimal("88.50") : null,
                        grade, scored ? "已定稿" : "自评中"));
                grades.merge(grade == null ? "未评分" : grade, 1L, Long::sum);
                budget = budget.plus(planned);
                executed = executed.plus(spent);
            }
        }
        return new DistrictSummary("panlong", "盘龙区", 2023, rows,
                new DistrictSummary.Totals(rows.size(), budget, executed, new BigDecimal("95.00")), grades);
    }
}
