package cn.jixiao.report.rendering.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.assembly.ReportInputs;
import cn.jixiao.report.assembly.ReportOutline;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.LongForms;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/**
 * The 项目支出绩效自评表 as a street hands it in on paper: on one A4 page up to 15 indicators; beyond that the
 * indicator header repeats on the next page and no merged 一级 or 二级 cell is cut by the page break. Read back
 * page by page with PDFBox.
 */
class SelfEvaluationFormPagesTest {

    private static final PdfReportFormat PDF = new PdfReportFormat();
    private static final String INDICATOR_HEADER = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施";

    @Test
    void theSeedsFormFitsOnePage() {
        List<String> formPages = formPages(PDF.render(JinchenReportDocument.finalReport()), "jinchen-form");
        assertThat(formPages).hasSize(1);
        assertThat(formPages.get(0)).contains("项目名称", INDICATOR_HEADER, "总分10098.00", "等级优秀");
    }

    @Test
    void theNoteThatTheTargetsAreTheApprovedOnesFollowsTheGradeWithTheFormsLastRows() {
        JinchenEvents jinchen = new JinchenEvents();
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.factsWithApprovedTargets(false),
                jinchen.evaluation("FINALIZED", 7), JinchenReportTexts.TEXTS, ReportOutline.standard()));

        List<String> formPages = formPages(PDF.render(report), "jinchen-form-approved-targets");

        // the seed's whole 年度目标 (not the shortened form of the golden document) takes the form onto a second page
        assertThat(formPages.get(formPages.size() - 1)).contains("商圈经营主体满意度")
                .endsWith("总分10098.00等级优秀注：本表绩效指标及年度指标值为2023年3月1日批复的绩效目标。");
    }

    @Test
    void aFormOfFifteenIndicatorsFitsOnePage() {
        ReportDocument report = LongForms.reportWithIndicators(15);
        List<String> formPages = formPages(PDF.render(report), "form-15-indicators");
        assertThat(formPages).hasSize(1);
        for (IndicatorRow row : report.form().indicators()) {
            assertThat(formPages.get(0)).contains(PdfPages.compact(row.name()));
        }
        assertThat(formPages.get(0)).contains("等级优秀");
    }

    @Test
    void aFormOfThirtyIndicatorsRepeatsItsHeaderOnTheNextPageAndCutsNoGroup() {
        assertRepeatsItsHeaderAndCutsNoGroup(30);
    }

    @Test
    void aFirstLevelGroupTooLongForAPageIsCutOnlyBetweenSecondLevelGroupsAndNamedOnEveryPage() {
        // 40 lines: 20 产出, more than a page holds under the form's header
        assertRepeatsItsHeaderAndCutsNoGroup(40);
    }

    private static void assertRepeatsItsHeaderAndCutsNoGroup(int indicators) {
        ReportDocument report = LongForms.reportWithIndicators(indicators);
        List<String> formPages = formPages(PDF.render(report), "form-" + indicators + "-indicators");
        assertThat(formPages).hasSizeGreaterThan(1);
        List<IndicatorRow> rows = report.form().indicators();
        List<Integer> pageOfRow = rows.stream().map(row -> pageOf(formPages, row.name())).toList();
        for (int page = 0; page < formPages.size(); page++) {
            if (pageOfRow.contains(page)) {
                assertThat(formPages.get(page)).as("form page " + (page + 1) + " has indicators, so their header")
                        .contains(INDICATOR_HEADER);
            }
        }
        assertThat(pageOfRow).as("indicators go on after the first page").contains(1);
        for (int i = 1; i < rows.size(); i++) {
            IndicatorRow previous = rows.get(i - 1);
            IndicatorRow row = rows.get(i);
            if (previous.category().equals(row.category()) && previous.dimension().equals(row.dimension())) {
                assertThat(pageOfRow.get(i)).as(row.name() + " on the page of its 二级 group's first line")
                        .isEqualTo(pageOfRow.get(i - 1));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            assertThat(formPages.get(pageOfRow.get(i))).as("the 一级 and 二级 of " + row.name() + " on its page")
                    .contains(row.category(), row.dimension());
        }
    }

    /** The compacted text of the pages from the one with the form's title on, each kept as a PNG as well. */
    private static List<String> formPages(byte[] pdf, String name) {
        PdfPages.keep(pdf, name + ".pdf");
        List<String> pages = PdfPages.text(pdf);
        int first = IntStream.range(0, pages.size())
                .filter(page -> PdfPages.compact(pages.get(page)).contains("项目支出绩效自评表")).findFirst()
                .orElseThrow(() -> new AssertionError("no page has the form's title"));
        List<String> formPages = new ArrayList<>();
        for (int page = first; page < pages.size(); page++) {
            formPages.add(PdfPages.compact(pages.get(page)));
            PdfPages.pageToPng(pdf, page, PdfPages.ARTIFACTS.resolve(name + "-page-" + (formPages.size()) + ".png"));
        }
        return formPages;
    }

    private static int pageOf(List<String> pages, String name) {
        List<Integer> found = IntStream.range(0, pages.size())
                .filter(page -> pages.get(page).contains(PdfPages.compact(name))).boxed().toList();
        assertThat(found).as(name + " is printed once").hasSize(1);
        return found.get(0);
    }
}
