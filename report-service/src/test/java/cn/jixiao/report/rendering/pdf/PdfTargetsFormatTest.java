package cn.jixiao.report.rendering.pdf;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.assembly.TargetsAssembly;
import cn.jixiao.report.readmodel.ProjectEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The 金辰 2023 绩效目标表 printed to PDF and read back as text, as a reader of the printed form would. */
class PdfTargetsFormatTest {

    private static final PdfTargetsFormat PDF = new PdfTargetsFormat();
    private static byte[] adjusted;
    private static byte[] submitted;

    @BeforeAll
    static void render() {
        JinchenEvents jinchen = new JinchenEvents();
        adjusted = PDF.render(TargetsAssembly.form(jinchen.factsWithApprovedTargets(true)));
        PdfPages.keep(adjusted, "jinchen-targets.pdf");
        for (int page = 0; page < PdfPages.pageSizes(adjusted).size(); page++) {
            PdfPages.pageToPng(adjusted, page, PdfPages.ARTIFACTS.resolve("jinchen-targets-" + (page + 1) + ".png"));
        }
        submitted = PDF.render(TargetsAssembly.form(jinchen.facts().withTargets(targets -> targets.withSubmitted(
                ProjectEventMapping.submission(jinchen.targetsSubmitted(), JinchenEvents.TARGETS_SUBMITTED_AT)))));
        PdfPages.keep(submitted, "jinchen-targets-submitted.pdf");
        PdfPages.pageToPng(submitted, 0, PdfPages.ARTIFACTS.resolve("jinchen-targets-submitted-1.png"));
    }

    @Test
    void theFormIsPrintedOnA4WithItsFontEmbeddedAndItsIndicatorTableNotCutByThePageBreak() {
        List<String> pages = PdfPages.text(adjusted);

        assertThat(PdfPages.pageSizes(adjusted)).allSatisfy(size -> {
            assertThat(size[0]).isCloseTo(595.3f, Offset.offset(0.5f));
            assertThat(size[1]).isCloseTo(841.9f, Offset.offset(0.5f));
        });
        assertThat(PdfPages.fontsNotEmbedded(adjusted)).isEmpty();
        assertThat(pages).as("the seed's long 年度总体目标 takes half the first page").hasSize(2);
        assertThat(PdfPages.compact(pages.get(0))).as("the indicator table kept whole on the first page")
                .contains("商圈经营主体满意度", "合计");
        assertThat(PdfPages.compact(pages.get(1))).startsWith("-2-审核状态");
    }

    @Test
    void theApprovedFormReadsInTheMinistrysOrder() {
        String text = PdfPages.compact(String.join("", PdfPages.text(adjusted)));

        assertThat(text).containsSubsequence("项目支出绩效目标表", "（2023年度）", "项目名称", JinchenEvents.NAME,
                "主管部门", "实施单位", "项目资金（万元）", "年度资金总额", "200.00", "其中：本年财政拨款", "年度总体目标",
                "一级指标", "二级指标", "三级指标", "指标值（年度指标值）", "分值",
                "产出指标", "数量指标", "开展民族团结进步主题活动次数", "≥9次", "20", "合计", "90",
                "审核状态", "已批复（经目标调整）", "批复人", "panlong-overseer", "批复日期", "2023年3月1日", "意见",
                "目标调整", "2023年7月10日", PdfPages.compact(JinchenEvents.ADJUSTMENT_REASON), "第1版→第2版");
        assertThat(text).doesNotContain("未批复");
    }

    @Test
    void aProjectJustRegisteredPrintsItsEmptyFormWithEveryMissingPartMarked() {
        JinchenEvents jinchen = new JinchenEvents();
        ProjectFacts registered = ProjectFacts.opened(jinchen.projectId(), JinchenEvents.DISTRICT, JinchenEvents.STREET)
                .with(ProjectEventMapping.registration(jinchen.registered()), JinchenEvents.TARGETS_SUBMITTED_AT);

        String text = PdfPages.compact(String.join("", PdfPages.text(PDF.render(TargetsAssembly.form(registered)))));

        assertThat(text).containsSubsequence("项目名称", JinchenEvents.NAME, "年度资金总额", "未填写", "未填写",
                "年度总体目标", "未填写", "分值", "未填写", "合计", "0", "审核状态", "未送审");
    }

    @Test
    void targetsNotYetApprovedAreMarkedNotApproved() {
        List<String> pages = PdfPages.text(submitted);
        String text = PdfPages.compact(String.join("", pages));

        assertThat(PdfPages.compact(pages.get(0))).as("the form starts on the first page")
                .contains("未批复—以区级批复为准，仅供预览", "项目支出绩效目标表", "送审稿（未批复）");
        assertThat(text).contains("已送审，待批复", "≥10次");
        assertThat(pages).allSatisfy(page -> assertThat(PdfPages.compact(page)).contains("未批复"));
        assertThat(text).doesNotContain("目标调整");
    }
}
