package cn.jixiao.report.rendering.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jinchen seed report rendered to DOCX, re-opened with POI and read as the printed report. */
class DocxReportFormatTest {

    private static final DocxReportFormat DOCX = new DocxReportFormat();
    private static RenderedDocx finalReport;
    private static RenderedDocx draft;

    @BeforeAll
    static void render() throws Exception {
        finalReport = new RenderedDocx(DOCX.render(JinchenReportDocument.finalReport()));
        finalReport.keepAs("jinchen.docx");
        draft = new RenderedDocx(DOCX.render(JinchenReportDocument.draftMissingLessons()));
        draft.keepAs("jinchen-draft.docx");
    }

    @AfterAll
    static void close() throws Exception {
        finalReport.close();
        draft.close();
    }

    @Test
    void isTheDocxFormatOfTheReport() {
        assertThat(DOCX.name()).isEqualTo("DOCX");
        assertThat(DOCX.fileExtension()).isEqualTo("docx");
        assertThat(DOCX.contentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void theTitleIsCentredAboveTheSixSectionsInTheSeedsOrder() {
        assertThat(finalReport.paragraphs().get(0).getText()).isEqualTo("创建全省民族团结进步示范街道专项资金");
        assertThat(finalReport.paragraphs().get(1).getText()).isEqualTo("项目支出绩效自评报告");
        assertThat(finalReport.paragraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
        assertThat(finalReport.headings(1)).containsExactly("一、项目基本情况", "二、绩效评价工作情况",
                "三、评价结论和绩效分析", "四、成本效益分析", "五、主要经验及做法、存在的问题和建议", "六、佐证材料");
        assertThat(finalReport.headings(2)).startsWith("（一）项目概况", "（二）绩效目标");
        assertThat(finalReport.headings(3)).startsWith("1.总目标", "2.年度目标");
    }

    @Test
    void printsTheFundsTotalTheScoreAndTheGrade() {
        String text = finalReport.text();
        assertThat(text).contains("专项资金200.00万元（全部为委托业务费）", "自评分98.00分", "自评结果为优秀");
    }

    @Test
    void printsEveryAnnualGoal() {
        String text = finalReport.text();
        for (int i = 0; i < JinchenReportDocument.ANNUAL_GOALS.size(); i++) {
            assertThat(text).contains("（" + (i + 1) + "）" + JinchenReportDocument.ANNUAL_GOALS.get(i));
        }
    }

    @Test
    void bodyTextIsIndentedTwoCharactersOnAFixedLine() {
        XWPFParagraph body = finalReport.paragraphs().stream()
                .filter(paragraph -> paragraph.getText().startsWith("金辰街道是一个人口众多")).findFirst().orElseThrow();
        assertThat(body.getCTPPr().getInd().getFirstLineChars().intValue()).isEqualTo(200);
        assertThat(body.getCTPPr().getInd().getFirstLine().toString()).isEqualTo("640");
        assertThat(body.getCTPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");
        assertThat(body.getCTPPr().getSpacing().getLine().toString()).isEqualTo("560");
    }

    @Test
    void theChartsArePicturesWithTheirValuesInATableBeneath() {
        String text = finalReport.text();
        assertThat(text).contains("各部分得分与分值", "预算与执行");
        assertThat(finalReport.document.getAllPictures()).hasSize(2)
                .allSatisfy(picture -> assertThat(picture.getPictureTypeEnum()).isEqualTo(PictureType.PNG));
        XWPFTable scores = finalReport.document.getTables().stream()
                .filter(table -> table.getRow(0).getCell(0).getText().equals("项目")
                        && table.getRow(0).getCell(1).getText().equals("分值（分）")).findFirst().orElseThrow();
        assertThat(RenderedDocx.cellTexts(scores.getRow(2))).containsExactly("产出指标", "50", "48.00");
    }

    @Test
    void theBodysIndicatorTableGivesTheFirstAndSecondLevelNamesFourCharactersALine() {
        XWPFTable table = finalReport.document.getTables().stream()
                .filter(one -> one.getRow(0).getCell(0).getText().equals("一级指标")).findFirst().orElseThrow();
        assertThat(table).isNotSameAs(finalReport.form());
        // 四个五号字 (10.5 pt = 210 twips each) and the cell's padding, 85 twips a side
        int fourCharacters = 4 * 210 + 2 * 85;
        for (int column = 0; column < 2; column++) {
            assertThat(table.getRow(0).getCell(column).getWidth()).as("column " + column)
                    .isGreaterThanOrEqualTo(fourCharacters);
        }
    }

    @Test
    void theFormStartsOnANewPageWithTheNationalHeader() {
        XWPFParagraph attachment = finalReport.paragraph("附件");
        assertThat(attachment.isPageBreak()).isTrue();
        int index = finalReport.paragraphs().indexOf(attachment);
        assertThat(finalReport.paragraphs().subList(index + 1, index + 4)).extracting(XWPFParagraph::getText)
                .containsExactly("项目支出绩效自评表", "（2023年度）", "单位：万元");
        List<XWPFTableRow> form = finalReport.formRows();
        assertThat(finalReport.formHead().getWidth()).as("the text width, 15.6 cm").isEqualTo(8845);
        assertThat(finalReport.form().getWidth()).as("the text width, 15.6 cm").isEqualTo(8845);
        assertThat(RenderedDocx.cellTexts(form.get(0)))
                .containsExactly("项目名称", "创建全省民族团结进步示范街道专项资金");
        assertThat(RenderedDocx.cellTexts(form.get(1))).containsExactly("主管部门", "昆明市盘龙区人民政府金辰街道办事处",
                "实施单位", "昆明市盘龙区人民政府金辰街道办事处");
    }

    @Test
    void theFundsBlockGivesEachSourceIn万元WithTwoDecimals() {
        List<XWPFTableRow> form = finalReport.formRows();
        int header = finalReport.formRowStarting("项目资金（万元）");
        assertThat(RenderedDocx.cellTexts(form.get(header))).containsExactly("项目资金（万元）", "",
                "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertThat(RenderedDocx.cellTexts(form.get(header + 1)))
                .containsExactly("", "年度资金总额", "200.00", "200.00", "200.00", "10", "100.00%", "10.00");
        assertThat(RenderedDocx.cellTexts(form.get(header + 2)))
                .containsExactly("", "其中：本年财政拨款", "200.00", "200.00", "200.00", "—", "100.00%", "—");
        assertThat(RenderedDocx.cellTexts(form.get(header + 3)))
                .containsExactly("", "上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—");
        assertThat(RenderedDocx.cellTexts(form.get(header + 4)))
                .containsExactly("", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—");
        assertThat(RenderedDocx.verticalMerge(form.get(header).getCell(0))).isEqualTo("restart");
        for (int row = header + 1; row <= header + 4; row++) {
            assertThat(RenderedDocx.verticalMerge(form.get(row).getCell(0))).isEqualTo("continue");
        }
    }

    @Test
    void theAnnualTargetsStandBesideWhatWasAchieved() {
        List<XWPFTableRow> form = finalReport.formRows();
        int goals = finalReport.formRowStarting("年度总体目标");
        assertThat(RenderedDocx.cellTexts(form.get(goals))).containsExactly("年度总体目标", "预期目标", "实际完成情况");
        List<String> contents = RenderedDocx.cellTexts(form.get(goals + 1));
        assertThat(contents.get(0)).isEmpty();
        JinchenReportDocument.ANNUAL_GOALS.forEach(goal -> assertThat(contents.get(1)).contains(goal));
        assertThat(contents.get(2)).isEqualTo("四项年度目标均已完成，示范街区建成并投入使用。");
    }

    @Test
    void theIndicatorTableHasOneRowPerIndicatorWithItsCellsInTheFormsOrder() {
        List<XWPFTableRow> form = finalReport.formRows();
        int header = finalReport.formRowStarting("一级指标");
        assertThat(RenderedDocx.cellTexts(form.get(header))).containsExactly("一级指标", "二级指标", "三级指标",
                "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        List<IndicatorRow> indicators = JinchenReportDocument.form().indicators();
        IndicatorRow previous = null;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow indicator = indicators.get(i);
            boolean sameCategory = previous != null && previous.category().equals(indicator.category());
            boolean sameDimension = sameCategory && previous.dimension().equals(indicator.dimension());
            assertThat(RenderedDocx.cellTexts(form.get(header + 1 + i))).as(indicator.name()).containsExactly(
                    sameCategory ? "" : indicator.category(), sameDimension ? "" : indicator.dimension(),
                    indicator.name(), indicator.target(), indicator.actual(), indicator.weight().toPlainString(),
                    indicator.score().toPlainString(),
                    indicator.deviationNote() == null ? "" : indicator.deviationNote());
            previous = indicator;
        }
        assertThat(RenderedDocx.cellTexts(form.get(header + 1 + indicators.size())))
                .containsExactly("总分", "100", "98.00", "");
        assertThat(RenderedDocx.cellTexts(form.get(header + 2 + indicators.size()))).containsExactly("等级", "优秀");
    }

    @Test
    void theFirstAndSecondLevelCellsOfAGroupAreMergedDownItsRows() {
        List<XWPFTableRow> form = finalReport.formRows();
        int first = finalReport.formRowStarting("一级指标") + 1;
        List<String> categories = new ArrayList<>();
        List<String> dimensions = new ArrayList<>();
        for (int i = 0; i < JinchenReportDocument.form().indicators().size(); i++) {
            XWPFTableRow row = form.get(first + i);
            categories.add(RenderedDocx.verticalMerge(row.getCell(0)));
            dimensions.add(RenderedDocx.verticalMerge(row.getCell(1)));
        }
        // 产出指标 ×6 (数量 ×3, 质量, 时效, 成本), 效益指标 ×3 (社会效益 ×2, 可持续影响), 满意度指标 ×2 (服务对象满意度 ×2)
        assertThat(categories).containsExactly("restart", "continue", "continue", "continue", "continue", "continue",
                "restart", "continue", "continue", "restart", "continue");
        assertThat(dimensions).containsExactly("restart", "continue", "continue", "restart", "restart", "restart",
                "restart", "continue", "restart", "restart", "continue");
    }

    @Test
    void theReviewTotalIsPrintedOnceTheDistrictReviewed() throws Exception {
        ReportDocument seed = JinchenReportDocument.finalReport();
        SelfEvaluationForm form = seed.form();
        ReportDocument withReview = new ReportDocument(seed.projectName(), seed.documentName(), seed.issuer(), false,
                seed.body(), new SelfEvaluationForm(form.year(), form.projectName(), form.competentDepartment(),
                        form.implementingUnit(), form.funds(), form.goals(), form.indicators(), form.total(),
                        form.gradeLabel(), new BigDecimal("96.00")),
                List.of());
        try (RenderedDocx rendered = new RenderedDocx(DOCX.render(withReview))) {
            int review = rendered.formRowStarting("复核总分");
            assertThat(RenderedDocx.cellTexts(rendered.formRow(review))).containsExactly("复核总分", "100", "96.00", "");
        }
        assertThat(finalReport.text()).doesNotContain("复核总分");
    }

    @Test
    void anIndicatorNotYetReportedAndGoalsNotYetAssessedShow未填写InTheirCells() throws Exception {
        ReportDocument seed = JinchenReportDocument.draftMissingLessons();
        SelfEvaluationForm form = seed.form();
        List<IndicatorRow> indicators = new ArrayList<>(form.indicators());
        IndicatorRow first = indicators.get(0);
        indicators.set(0, new IndicatorRow(first.category(), first.dimension(), first.name(), first.target(), null,
                first.weight(), first.score(), null, null));
        ReportDocument unreported = new ReportDocument(seed.projectName(), seed.documentName(), seed.issuer(), true,
                seed.body(), new SelfEvaluationForm(form.year(), form.projectName(), form.competentDepartment(),
                        form.implementingUnit(), form.funds(),
                        new SelfEvaluationForm.GoalsRow(form.goals().expected(), null), indicators, form.total(),
                        form.gradeLabel(), null),
                seed.missing());
        try (RenderedDocx rendered = new RenderedDocx(DOCX.render(unreported))) {
            XWPFTableRow row = rendered.formRow(rendered.formRowStarting("一级指标") + 1);
            assertThat(RenderedDocx.cellTexts(row).get(4)).isEqualTo("未填写");
            assertThat(row.getCell(4).getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo("C00000");
            assertThat(RenderedDocx.cellTexts(row).get(7)).isEmpty();
            XWPFTableRow goals = rendered.formRow(rendered.formRowStarting("年度总体目标") + 1);
            assertThat(RenderedDocx.cellTexts(goals).get(2)).isEqualTo("未填写");
        }
    }

    @Test
    void thePageIsA4PortraitWithTheOfficialMargins() {
        CTSectPr section = finalReport.document.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        assertThat(size.getW().toString()).isEqualTo("11906");
        assertThat(size.getH().toString()).isEqualTo("16838");
        CTPageMar margins = section.getPgMar();
        // 3.7 cm, 3.5 cm, 2.8 cm, 2.6 cm in twips
        assertThat(margins.getTop().toString()).isEqualTo("2098");
        assertThat(margins.getBottom().toString()).isEqualTo("1984");
        assertThat(margins.getLeft().toString()).isEqualTo("1587");
        assertThat(margins.getRight().toString()).isEqualTo("1474");
    }

    @Test
    void everyRunNamesItsChineseFaceAndLanguage() {
        List<XWPFRun> runs = finalReport.runs().toList();
        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            CTRPr properties = run.getCTR().getRPr();
            CTFonts fonts = properties.getRFontsArray(0);
            assertThat(fonts.getEastAsia()).isIn("宋体", "黑体", "楷体", "仿宋");
            assertThat(fonts.getAscii()).isEqualTo(fonts.getEastAsia());
            assertThat(properties.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        });
        assertThat(eastAsiaFont(finalReport.paragraph("一、项目基本情况"))).isEqualTo("黑体");
        assertThat(eastAsiaFont(finalReport.paragraph("（一）项目概况"))).isEqualTo("楷体");
        XWPFParagraph third = finalReport.paragraph("1.总目标");
        assertThat(eastAsiaFont(third)).isEqualTo("仿宋");
        assertThat(third.getRuns().get(0).isBold()).isTrue();
        assertThat(eastAsiaFont(finalReport.paragraphs().get(0))).isEqualTo("宋体");
        assertThat(third.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
        assertThat(finalReport.paragraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
    }

    @Test
    void theDocumentDefaultsAreChinese() throws Exception {
        var defaults = finalReport.document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋");
        assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
    }

    @Test
    void theFooterNumbersEveryPageWithAPageField() {
        List<XWPFFooter> footers = finalReport.document.getFooterList();
        assertThat(footers).hasSize(1);
        XWPFParagraph paragraph = footers.get(0).getParagraphs().get(0);
        List<CTR> runs = paragraph.getRuns().stream().map(XWPFRun::getCTR).toList();
        assertThat(runs.stream().filter(run -> run.sizeOfFldCharArray() > 0)
                .map(run -> run.getFldCharArray(0).getFldCharType()))
                .containsExactly(STFldCharType.BEGIN, STFldCharType.SEPARATE, STFldCharType.END);
        assertThat(runs.stream().filter(run -> run.sizeOfInstrTextArray() > 0)
                .map(run -> run.getInstrTextArray(0).getStringValue().strip())).containsExactly("PAGE");
        assertThat(paragraph.getText()).startsWith("— ").endsWith(" —");
        assertThat(paragraph.getAlignment().name()).isEqualTo("CENTER");
    }

    @Test
    void aFinalReportHasNoDraftMark() {
        assertThat(finalReport.document.getHeaderList()).allSatisfy(header ->
                assertThat(header.getText()).doesNotContain("草稿"));
        assertThat(finalReport.text()).doesNotContain("未填写");
    }

    @Test
    void aDraftIsMarked草稿OnEveryPageAndShowsWhatIsStill未填写() {
        List<XWPFHeader> headers = draft.document.getHeaderList();
        assertThat(headers).hasSize(1);
        assertThat(headers.get(0).getText()).contains("草稿");
        int lessons = draft.paragraphs().indexOf(draft.paragraph("（一）主要经验及做法"));
        XWPFParagraph unfilled = draft.paragraphs().get(lessons + 1);
        assertThat(unfilled.getText()).isEqualTo("未填写");
        XWPFRun mark = unfilled.getRuns().get(0);
        assertThat(mark.getColor()).isEqualTo("C00000");
        assertThat(mark.getTextHighlightColor().toString()).isEqualTo("yellow");
        assertThat(draft.text()).doesNotContain("我单位组建了绩效工作领导小组");
    }

    /** Word refuses a package whose XML breaks the schema, where LibreOffice would often repair it silently. */
    @Test
    void theBodyStylesHeaderAndFooterAreValidWordprocessingMl() {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions().setErrorListener(errors);
        assertThat(draft.document.getDocument().validate(options)).as("document.xml %s", errors).isTrue();
        assertThat(draft.document.getStyles().getCtStyles().validate(options)).as("styles.xml %s", errors).isTrue();
        assertThat(draft.document.getHeaderArray(0)._getHdrFtr().validate(options)).as("header %s", errors).isTrue();
        assertThat(draft.document.getFooterArray(0)._getHdrFtr().validate(options)).as("footer %s", errors).isTrue();
        CTBody body = draft.document.getDocument().getBody();
        assertThat(body.getDomNode().getLastChild().getLocalName()).as("the section properties close the body")
                .isEqualTo("sectPr");
    }

    private static String eastAsiaFont(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }
}
