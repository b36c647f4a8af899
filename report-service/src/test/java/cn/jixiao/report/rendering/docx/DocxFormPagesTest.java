package cn.jixiao.report.rendering.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.LongForms;

/**
 * The 自评表 in Word across pages: the indicator header repeats on every page (tblHeader), no row splits
 * (cantSplit), and each 一级 group's rows are kept together (keepNext on all but its last), so Word, WPS and
 * LibreOffice break the table only between groups, never through a merged 一级 or 二级 cell.
 */
class DocxFormPagesTest {

    private static final DocxReportFormat DOCX = new DocxReportFormat();

    @Test
    void theIndicatorHeaderRepeatsOnEveryPageAndNoRowSplits() throws Exception {
        try (RenderedDocx rendered = new RenderedDocx(DOCX.render(LongForms.reportWithIndicators(30)))) {
            rendered.keepAs("form-30-indicators.docx");
            XWPFTable indicators = rendered.form();
            assertThat(RenderedDocx.cellTexts(indicators.getRow(0))).startsWith("一级指标", "二级指标", "三级指标");
            assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
            assertThat(indicators.getRows().subList(1, indicators.getRows().size()))
                    .noneMatch(XWPFTableRow::isRepeatHeader);
            assertThat(rendered.formRows()).allMatch(XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void eachFirstLevelGroupOfTheSeedIsKeptOnOnePage() throws Exception {
        try (RenderedDocx rendered = new RenderedDocx(DOCX.render(JinchenReportDocument.finalReport()))) {
            // 产出指标 ×6, 效益指标 ×3, 满意度指标 ×2: every row kept with the next but the last of its group
            assertThat(keptWithNext(rendered.form())).containsExactly(true,
                    true, true, true, true, true, false,
                    true, true, false,
                    true, false,
                    false, false);
        }
    }

    @Test
    void aLongFirstLevelGroupIsKeptTogetherBySecondLevelGroupsEachNamingItsFirstLevel() throws Exception {
        // 40 lines: 20 产出 (more than a page holds under the header), dealt 5 to each 二级 group
        try (RenderedDocx rendered = new RenderedDocx(DOCX.render(LongForms.reportWithIndicators(40)))) {
            XWPFTable indicators = rendered.form();
            List<Boolean> kept = keptWithNext(indicators);
            List<String> firstLevel = new ArrayList<>();
            for (int row = 1; row <= 20; row++) {
                firstLevel.add(indicators.getRow(row).getCell(0).getText());
                assertThat(kept.get(row)).as("row " + row).isEqualTo(row % 5 != 0);
                assertThat(RenderedDocx.verticalMerge(indicators.getRow(row).getCell(0)))
                        .isEqualTo(row % 5 == 1 ? "restart" : "continue");
            }
            assertThat(firstLevel).filteredOn("产出指标"::equals).hasSize(4);
        }
    }

    /** Whether each row of the table has every paragraph kept with the next. */
    private static List<Boolean> keptWithNext(XWPFTable table) {
        List<Boolean> kept = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            kept.add(row.getTableCells().stream().map(XWPFTableCell::getParagraphs).flatMap(List::stream)
                    .allMatch(DocxFormPagesTest::keptWithNext));
        }
        return kept;
    }

    private static boolean keptWithNext(XWPFParagraph paragraph) {
        return paragraph.getCTPPr() != null && paragraph.getCTPPr().isSetKeepNext();
    }
}
