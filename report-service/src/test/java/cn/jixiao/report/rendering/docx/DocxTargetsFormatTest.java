package cn.jixiao.report.rendering.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.assembly.ReportInputs;
import cn.jixiao.report.assembly.ReportOutline;
import cn.jixiao.report.assembly.TargetsAssembly;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.readmodel.ProjectEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The 金辰 2023 绩效目标表 rendered to DOCX, re-opened with POI and read as the printed form. */
class DocxTargetsFormatTest {

    private static final DocxTargetsFormat DOCX = new DocxTargetsFormat();
    private static RenderedDocx adjusted;
    private static RenderedDocx submitted;

    @BeforeAll
    static void render() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        adjusted = new RenderedDocx(DOCX.render(TargetsAssembly.form(jinchen.factsWithApprovedTargets(true))));
        adjusted.keepAs("jinchen-targets.docx");
        submitted = new RenderedDocx(DOCX.render(TargetsAssembly.form(jinchen.facts().withTargets(targets ->
                targets.withSubmitted(ProjectEventMapping.submission(jinchen.targetsSubmitted(),
                        JinchenEvents.TARGETS_SUBMITTED_AT))))));
        submitted.keepAs("jinchen-targets-submitted.docx");
    }

    @AfterAll
    static void close() throws Exception {
        adjusted.close();
        submitted.close();
    }

    @Test
    void theTitleAndTheProjectTableReadAsTheMinistrysForm() {
        List<XWPFTable> tables = adjusted.document.getTables();
        assertThat(adjusted.paragraphs()).extracting(paragraph -> paragraph.getText()).startsWith(
                "项目支出绩效目标表", "（2023年度）", "单位：万元");
        List<XWPFTableRow> head = tables.get(0).getRows();
        assertThat(RenderedDocx.cellTexts(head.get(0))).containsExactly("项目名称", JinchenEvents.NAME);
        assertThat(RenderedDocx.cellTexts(head.get(1))).containsExactly("主管部门", JinchenEvents.UNIT, "实施单位",
                JinchenEvents.UNIT);
        assertThat(RenderedDocx.cellTexts(head.get(2))).containsExactly("项目资金（万元）", "", "年初预算数", "全年预算数");
        assertThat(RenderedDocx.cellTexts(head.get(3))).containsExactly("", "年度资金总额", "200.00", "200.00");
        assertThat(RenderedDocx.cellTexts(head.get(4))).containsExactly("", "其中：本年财政拨款", "200.00", "200.00");
        assertThat(RenderedDocx.verticalMerge(head.get(2).getCell(0))).isEqualTo("restart");
        assertThat(RenderedDocx.verticalMerge(head.get(4).getCell(0))).isEqualTo("continue");
        assertThat(head.get(5).getCell(0).getText()).isEqualTo("年度总体目标");
        assertThat(head.get(5).getCell(1).getText()).startsWith("总目标：按照").contains("（4）促进社区和谐");
    }

    @Test
    void theIndicatorTableListsTheTargetsInForceGroupedByLevel() {
        List<XWPFTableRow> rows = adjusted.document.getTables().get(1).getRows();

        assertThat(RenderedDocx.cellTexts(rows.get(0))).containsExactly("一级指标", "二级指标", "三级指标",
                "指标值（年度指标值）", "分值");
        assertThat(rows.get(0).isRepeatHeader()).isTrue();
        assertThat(RenderedDocx.cellTexts(rows.get(1))).containsExactly("产出指标", "数量指标",
                "开展民族团结进步主题活动次数", "≥9次", "20");
        assertThat(RenderedDocx.cellTexts(rows.get(2))).containsExactly("", "", JinchenEvents.INDICATORS.get(1).name(),
                "=3个", "5");
        assertThat(RenderedDocx.verticalMerge(rows.get(1).getCell(0))).isEqualTo("restart");
        assertThat(RenderedDocx.verticalMerge(rows.get(2).getCell(0))).isEqualTo("continue");
        assertThat(RenderedDocx.cellTexts(rows.get(11))).containsExactly("", "", "商圈经营主体满意度", "≥90%", "5");
        assertThat(RenderedDocx.cellTexts(rows.get(12))).containsExactly("合计", "90");
    }

    @Test
    void theApprovalLineAndTheAdjustmentFollowTheIndicators() {
        List<XWPFTable> tables = adjusted.document.getTables();
        List<XWPFTableRow> approval = tables.get(2).getRows();

        assertThat(RenderedDocx.cellTexts(approval.get(0))).containsExactly("审核状态", "已批复（经目标调整）");
        assertThat(RenderedDocx.cellTexts(approval.get(1))).containsExactly("批复人", "panlong-overseer", "批复日期",
                "2023年3月1日");
        assertThat(RenderedDocx.cellTexts(approval.get(2))).containsExactly("意见", "同意，按批复目标执行");
        assertThat(adjusted.paragraph("目标调整")).isNotNull();
        List<XWPFTableRow> adjustments = tables.get(3).getRows();
        assertThat(RenderedDocx.cellTexts(adjustments.get(0))).containsExactly("批复日期", "调整原因", "申请人", "批复人",
                "目标版本", "意见");
        assertThat(RenderedDocx.cellTexts(adjustments.get(1))).containsExactly("2023年7月10日",
                JinchenEvents.ADJUSTMENT_REASON, "jinchen-editor", "panlong-overseer", "第1版→第2版", "同意调整");
        assertThat(adjusted.document.getHeaderList()).allSatisfy(header ->
                assertThat(header.getText()).doesNotContain("未批复"));
    }

    @Test
    void theSelfEvaluationFormNotesUnderItsIndicatorsThatTheyAreTheAdjustedApprovedTargets() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        ReportDocument draft = ReportAssembler.assemble(new ReportInputs(jinchen.factsWithApprovedTargets(true), null,
                JinchenReportTexts.TEXTS, ReportOutline.standard()));

        try (RenderedDocx report = new RenderedDocx(new DocxReportFormat().render(draft))) {
            List<XWPFParagraph> paragraphs = report.paragraphs();
            String note = "注：本表绩效指标及年度指标值为2023年3月1日批复的绩效目标；2023年7月10日经目标调整（调整原因："
                    + JinchenEvents.ADJUSTMENT_REASON + "），以调整后的目标为准。";
            assertThat(paragraphs.get(paragraphs.size() - 1).getText()).as("under the 自评表").isEqualTo(note);
            assertThat(report.paragraph(note)).as("and under the report's indicator table").isNotSameAs(
                    paragraphs.get(paragraphs.size() - 1));
            assertThat(RenderedDocx.cellTexts(report.form().getRows().get(1))).contains("≥9次", "9次");
        }
    }

    @Test
    void aProjectJustRegisteredPrintsItsEmptyFormWithEveryMissingPartMarked() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        ProjectFacts registered = ProjectFacts.opened(jinchen.projectId(), JinchenEvents.DISTRICT, JinchenEvents.STREET)
                .with(ProjectEventMapping.registration(jinchen.registered()), JinchenEvents.TARGETS_SUBMITTED_AT);

        try (RenderedDocx empty = new RenderedDocx(DOCX.render(TargetsAssembly.form(registered)))) {
            List<XWPFTable> tables = empty.document.getTables();
            assertThat(RenderedDocx.cellTexts(tables.get(0).getRows().get(3))).containsExactly("", "年度资金总额", "未填写",
                    "未填写");
            assertThat(RenderedDocx.cellTexts(tables.get(0).getRows().get(4))).containsExactly("年度总体目标", "未填写");
            assertThat(RenderedDocx.cellTexts(tables.get(1).getRows().get(1))).containsExactly("未填写");
            assertThat(RenderedDocx.cellTexts(tables.get(2).getRows().get(0))).containsExactly("审核状态", "未送审");
        }
    }

    @Test
    void targetsNotYetApprovedSayNotApprovedUnderTheTitleAndOnEveryPage() {
        assertThat(submitted.paragraph("送审稿（未批复）")).isNotNull();
        assertThat(submitted.document.getHeaderList()).singleElement()
                .satisfies(header -> assertThat(header.getText()).contains("未批复"));
        List<XWPFTable> tables = submitted.document.getTables();
        assertThat(tables).as("no 目标调整 table").hasSize(3);
        assertThat(RenderedDocx.cellTexts(tables.get(1).getRows().get(1))).contains("≥10次");
        assertThat(RenderedDocx.cellTexts(tables.get(2).getRows().get(0))).containsExactly("审核状态", "已送审，待批复");
        assertThat(RenderedDocx.cellTexts(tables.get(2).getRows().get(1))).containsExactly("批复人", "—", "批复日期", "—");
    }
}
