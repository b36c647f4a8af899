package cn.jixiao.report.rendering.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/** The browser preview: well-formed XHTML in UTF-8, user text escaped, the 自评表 with its merged cells. */
class HtmlReportFormatTest {

    private final HtmlReportFormat html = new HtmlReportFormat();

    @Test
    void isServedAsUtf8Html() {
        assertThat(html.name()).isEqualTo("HTML");
        assertThat(html.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(html.fileExtension()).isEqualTo("html");
        assertThat(new String(html.render(JinchenReportDocument.finalReport()), StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\"/>");
    }

    @Test
    void isWellFormedXmlWithTheTitleAndTheSixSections() throws Exception {
        Document page = parse(html.render(JinchenReportDocument.finalReport()));
        assertThat(text(page, "//*[local-name()='h1']")).containsExactly("创建全省民族团结进步示范街道专项资金项目支出绩效自评报告");
        assertThat(text(page, "//*[local-name()='h2']")).containsExactly("一、项目基本情况", "二、绩效评价工作情况",
                "三、评价结论和绩效分析", "四、成本效益分析", "五、主要经验及做法、存在的问题和建议", "六、佐证材料");
    }

    @Test
    void escapesMarkupInWhatTheStreetTyped() throws Exception {
        ReportDocument seed = JinchenReportDocument.finalReport();
        List<Block> body = new ArrayList<>(seed.body());
        body.add(new Block.Paragraph("<script>alert('x')</script> 经费 < 10 & 用途 \"专项\""));
        ReportDocument typed = new ReportDocument("A<B & C 项目", seed.documentName(), "金辰街道 & 社区", false, body,
                seed.form(), List.of());

        byte[] rendered = html.render(typed);
        String markup = new String(rendered, StandardCharsets.UTF_8);
        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;", "A&lt;B &amp; C 项目", "经费 &lt; 10 &amp; 用途");
        Document page = parse(rendered);
        assertThat(text(page, "//*[local-name()='p']")).contains("<script>alert('x')</script> 经费 < 10 & 用途 \"专项\"",
                "金辰街道 & 社区");
        assertThat(text(page, "//*[local-name()='script']")).isEmpty();
    }

    @Test
    void embedsTheChartsAsPngDataUris() throws Exception {
        NodeList images = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='img']", parse(html.render(JinchenReportDocument.finalReport())), XPathConstants.NODESET);
        assertThat(images.getLength()).isEqualTo(2);
        for (int i = 0; i < images.getLength(); i++) {
            String source = ((Element) images.item(i)).getAttribute("src");
            assertThat(source).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void mergesTheFirstAndSecondLevelIndicatorCellsOverTheirGroups() throws Exception {
        Document page = parse(html.render(JinchenReportDocument.finalReport()));
        assertThat(rowspanOf(page, "产出指标")).isEqualTo("6");
        assertThat(rowspanOf(page, "效益指标")).isEqualTo("3");
        assertThat(rowspanOf(page, "满意度指标")).isEqualTo("2");
        assertThat(rowspanOf(page, "数量指标")).isEqualTo("3");
        assertThat(rowspanOf(page, "社会效益指标")).isEqualTo("2");
        assertThat(rowspanOf(page, "可持续影响指标")).isEmpty();
    }

    @Test
    void headsTheIndicatorPartWithRowsToRepeatAndKeepsEach一级GroupInABodyOfItsOwn() throws Exception {
        Document page = parse(html.render(JinchenReportDocument.finalReport()));
        String indicators = "//*[local-name()='table'][@class='form indicators']";
        assertThat(text(page, indicators + "/*[local-name()='thead']/*[local-name()='tr']")).containsExactly(
                "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施");
        List<String> bodies = text(page, indicators + "/*[local-name()='tbody'][@class='kept-together']");
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(0)).startsWith("产出指标数量指标开展民族团结进步主题活动次数");
        assertThat(bodies.get(1)).startsWith("效益指标社会效益指标");
        assertThat(bodies.get(2)).startsWith("满意度指标服务对象满意度指标");
    }

    @Test
    void laysTheFormOutWithHeaderFundsGoalsIndicatorsAndTotals() throws Exception {
        Document page = parse(html.render(JinchenReportDocument.finalReport()));
        assertThat(text(page, "//*[local-name()='div'][@class='appendix']/*[local-name()='p']"))
                .containsExactly("附件", "项目支出绩效自评表", "（2023年度）", "单位：万元");
        assertThat(text(page, "//*[local-name()='table'][contains(concat(' ', @class, ' '), ' form ')]//*[local-name()='tr']")).contains(
                "项目名称创建全省民族团结进步示范街道专项资金",
                "年度资金总额200.00200.00200.0010100.00%10.00",
                "上年结转资金0.000.000.00———",
                "总分10098.00", "等级优秀");
    }

    @Test
    void marksADraftAndWhatIsStillUnfilled() throws Exception {
        Document page = parse(html.render(JinchenReportDocument.draftMissingLessons()));
        assertThat(text(page, "//*[local-name()='div'][@class='watermark']")).containsExactly("草稿");
        assertThat(text(page, "//*[local-name()='p'][@class='unfilled']")).containsExactly("未填写 主要经验及做法");
        assertThat(text(page, "//*[local-name()='title']").get(0)).endsWith("（草稿）");
        assertThat(text(parse(html.render(JinchenReportDocument.finalReport())), "//*[local-name()='body']").get(0))
                .doesNotContain("草稿").doesNotContain("未填写");
    }

    @Test
    void showsTheDistrictsReviewScoresAndAnUnreportedActualAsUnfilled() throws Exception {
        SelfEvaluationForm seed = JinchenReportDocument.form();
        List<IndicatorRow> indicators = new ArrayList<>(seed.indicators());
        IndicatorRow first = indicators.get(0);
        indicators.set(0, new IndicatorRow(first.category(), first.dimension(), first.name(), first.target(), first.actual(),
                first.weight(), first.score(), new BigDecimal("16.5"), first.deviationNote()));
        IndicatorRow second = indicators.get(1);
        indicators.set(1, new IndicatorRow(second.category(), second.dimension(), second.name(), second.target(), null,
                second.weight(), second.score(), null, null));
        SelfEvaluationForm reviewed = new SelfEvaluationForm(seed.year(), seed.projectName(), seed.competentDepartment(),
                seed.implementingUnit(), seed.funds(), new SelfEvaluationForm.GoalsRow(seed.goals().expected(), null),
                indicators, seed.total(), seed.gradeLabel(), new BigDecimal("96.5"));
        ReportDocument report = JinchenReportDocument.finalReport();
        Document page = parse(html.render(new ReportDocument(report.projectName(), report.documentName(), report.issuer(),
                true, report.body(), reviewed, List.of())));

        List<String> rows = text(page, "//*[local-name()='table'][contains(concat(' ', @class, ' '), ' form ')]//*[local-name()='tr']");
        assertThat(rows).contains("总分10098.00", "复核总分96.50", "等级优秀");
        assertThat(rows).anySatisfy(row -> assertThat(row).endsWith("开展民族团结进步主题活动次数≥10次9次2018.00复核 16.50" + first.deviationNote()));
        assertThat(rows).anySatisfy(row -> assertThat(row).isEqualTo("建成示范街区文化主题公园数量=3个未填写55.00"));
        assertThat(text(page, "//*[local-name()='table'][contains(concat(' ', @class, ' '), ' form ')]//*[local-name()='span'][@class='unfilled-mark']"))
                .hasSize(2);
    }

    private static Document parse(byte[] markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup));
    }

    private static List<String> text(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String rowspanOf(Document page, String cellText) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='table'][contains(concat(' ', @class, ' '), ' form ')]//*[(local-name()='td' or local-name()='th') and .='" + cellText
                        + "']/@rowspan", page, XPathConstants.STRING);
    }
}
