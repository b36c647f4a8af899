package cn.jixiao.report.rendering.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.rendering.Figures;

/** The Jinchen seed report printed to PDF and read back with PDFBox, as a reader or a search engine sees it. */
class PdfReportFormatTest {

    private static final PdfReportFormat PDF = new PdfReportFormat();

    private static byte[] finalReport;
    private static List<String> pages;
    private static String all;
    private static byte[] draft;
    private static List<String> draftPages;

    @BeforeAll
    static void render() {
        finalReport = PDF.render(JinchenReportDocument.finalReport());
        pages = PdfPages.text(finalReport);
        all = PdfPages.compact(String.join("", pages));
        draft = PDF.render(JinchenReportDocument.draftMissingLessons());
        draftPages = PdfPages.text(draft);
        PdfPages.keep(finalReport, "jinchen.pdf");
        PdfPages.keep(draft, "jinchen-draft.pdf");
    }

    @Test
    void printsTheSixSectionHeadingsInOrder() {
        int from = 0;
        for (String heading : List.of("一、项目基本情况", "二、绩效评价工作情况", "三、评价结论和绩效分析", "四、成本效益分析",
                "五、主要经验及做法、存在的问题和建议", "六、佐证材料")) {
            int at = all.indexOf(heading, from);
            assertThat(at).as(heading + " after the previous heading").isGreaterThanOrEqualTo(from);
            from = at + heading.length();
        }
    }

    @Test
    void statesTheFundsScoreAndGradeOfTheSeed() {
        assertThat(all).contains("专项资金200.00万元（全部为委托业务费）", "自评分98.00分", "自评结果为优秀");
    }

    @Test
    void listsEveryAnnualGoal() {
        JinchenReportDocument.ANNUAL_GOALS.forEach(goal -> assertThat(all).contains(PdfPages.compact(goal)));
    }

    @Test
    void printsEveryIndicatorRowOfTheFormWithItsTargetActualWeightAndScore() {
        String form = PdfPages.compact(all.substring(all.indexOf("项目支出绩效自评表")));
        for (IndicatorRow row : JinchenReportDocument.form().indicators()) {
            assertThat(form).contains(PdfPages.compact(row.name() + row.target() + row.actual()
                    + Figures.weight(row.weight()) + Figures.score(row.score())));
        }
    }

    @Test
    void printsTheFormHeaderFundsBlockAndTotals() {
        String form = all.substring(all.indexOf("项目支出绩效自评表"));
        assertThat(form).contains("（2023年度）", "单位：万元", "项目名称", "主管部门", "实施单位",
                "年初预算数全年预算数全年执行数分值执行率得分",
                "年度资金总额200.00200.00200.0010100.00%10.00",
                "预期目标实际完成情况", "四项年度目标均已完成",
                "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
                "总分10098.00", "等级优秀");
    }

    @Test
    void setsTheTitleAndHeadingsInTheBundledBoldFaceAndTheTextInTheRegular() {
        for (String bold : List.of("项目支出绩效自评报告", "一、项目基本情况", "（一）项目概况", "项目支出绩效自评表")) {
            assertThat(PdfPages.fontsOf(finalReport, bold)).as(bold).isNotEmpty()
                    .allSatisfy(font -> assertThat(font).endsWith("+NotoSerifSC-Bold"));
        }
        assertThat(PdfPages.fontsOf(finalReport, "金辰街道是一个人口众多")).isNotEmpty()
                .allSatisfy(font -> assertThat(font).endsWith("+NotoSerifSC-Regular"));
    }

    @Test
    void keepsTheFirstAndSecondLevelNamesOfTheBodysIndicatorTableOnOneLine() {
        List<String> lines = List.of(pages.get(pageContaining("一级指标二级指标三级指标") - 1).split("\\R"));
        for (String name : List.of("产出指标", "效益指标", "数量指标", "质量指标", "时效指标", "成本指标")) {
            assertThat(lines).as(name + " unbroken in a line of the table")
                    .anySatisfy(line -> assertThat(PdfPages.compact(line)).contains(name));
        }
    }

    @Test
    void startsTheAppendixOnANewPage() {
        int formPage = pageContaining("项目支出绩效自评表");
        assertThat(formPage).isGreaterThan(pageContaining("5.立项申请、批复文件；"));
    }

    @Test
    void embedsEveryFontItUses() {
        assertThat(PdfPages.fontCount(finalReport)).isPositive();
        assertThat(PdfPages.fontsNotEmbedded(finalReport)).isEmpty();
        assertThat(PdfPages.fontsNotEmbedded(draft)).isEmpty();
    }

    @Test
    void printsChineseTextWithoutPlaceholderGlyphs() {
        assertThat(all).doesNotContain("#").doesNotContain("\uFFFD").contains("金辰街道是一个人口众多、民族多元的地区");
    }

    @Test
    void copiesIdeographsNotTheKangxiRadicalsThatShareTheirGlyphs() {
        assertThat(all).doesNotContainPattern("[\u2E80-\u2FDF]").contains("民族", "金辰", "项目支出");
    }

    @Test
    void numbersEveryPage() {
        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page)).as("page " + (page + 1)).contains("- " + (page + 1) + " -");
        }
        assertThat(pages).hasSizeGreaterThan(2);
    }

    @Test
    void printsOnA4() {
        assertThat(PdfPages.pageSizes(finalReport)).allSatisfy(size -> {
            assertThat(size[0]).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(size[1]).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        });
    }

    @Test
    void marksADraftOnEveryPageAndFlagsWhatIsUnfilled() {
        assertThat(draftPages).allSatisfy(page -> assertThat(page).contains("草稿"));
        assertThat(PdfPages.compact(String.join("", draftPages))).contains("未填写主要经验及做法");
        assertThat(all).doesNotContain("草稿").doesNotContain("未填写");
    }

    @Test
    void keepsPageOneAsAPictureForAPersonToLookAt() {
        BufferedImage page = PdfPages.pageToPng(finalReport, 0, PdfPages.ARTIFACTS.resolve("jinchen-page-1.png"));
        PdfPages.pageToPng(finalReport, pageContaining("项目支出绩效自评表") - 1, PdfPages.ARTIFACTS.resolve("jinchen-form-page.png"));
        PdfPages.pageToPng(draft, 0, PdfPages.ARTIFACTS.resolve("jinchen-draft-page-1.png"));
        assertThat(page.getWidth()).isLessThan(page.getHeight());
        assertThat(PdfPages.ARTIFACTS.resolve("jinchen-page-1.png")).isNotEmptyFile();
    }

    private static int pageContaining(String text) {
        for (int page = 0; page < pages.size(); page++) {
            if (PdfPages.compact(pages.get(page)).contains(text)) {
                return page + 1;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
