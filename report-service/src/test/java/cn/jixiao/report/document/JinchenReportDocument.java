package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.Block.Chart;
import cn.jixiao.report.document.Block.Heading;
import cn.jixiao.report.document.Block.Paragraph;
import cn.jixiao.report.document.Block.Table;
import cn.jixiao.report.document.SelfEvaluationForm.FundsRow;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/**
 * The Jinchen 2023 seed report as a {@link ReportDocument}, for the renderers' tests: the real report's six
 * sections (texts shortened where they are long prose), its 200.00万元 all 委托业务费, and a 自评表 scoring 98.00 优秀.
 */
public final class JinchenReportDocument {

    public static final List<String> SECTIONS = List.of("项目基本情况", "绩效评价工作情况", "评价结论和绩效分析",
            "成本效益分析", "主要经验及做法、存在的问题和建议", "佐证材料");

    public static final List<String> ANNUAL_GOALS = List.of(
            "加强党建引领，推动民族团结进步工作深入开展。",
            "推动经济发展，打造民族团结进步创建“进商圈”样板。",
            "增强文化认同，打造铸牢中华民族共同体意识示范街区。",
            "促进社区和谐，提升居民区邻里和谐文化情。");

    private static final Yuan TOTAL = Yuan.parse("2000000.00");

    private JinchenReportDocument() {
    }

    public static ReportDocument finalReport() {
        return new ReportDocument("创建全省民族团结进步示范街道专项资金", "项目支出绩效自评报告",
                "昆明市盘龙区人民政府金辰街道办事处", false, body(), form(), List.of());
    }

    /** The same report before the street wrote its section 五, previewed as a draft. */
    public static ReportDocument draftMissingLessons() {
        List<Block> body = new ArrayList<>();
        for (Block block : body()) {
            body.add(block);
            if (block instanceof Heading heading && heading.text().equals("主要经验及做法")) {
                body.add(new Block.Unfilled("主要经验及做法"));
            }
        }
        body.removeIf(block -> block instanceof Paragraph paragraph && paragraph.text().startsWith("1.我单位组建了绩效工作领导小组"));
        return new ReportDocument("创建全省民族团结进步示范街道专项资金", "项目支出绩效自评报告",
                "昆明市盘龙区人民政府金辰街道办事处", true, body, form(), List.of("主要经验及做法"));
    }

    private static List<Block> body() {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, "一、", SECTIONS.get(0)));
        body.add(new Heading(2, "（一）", "项目概况"));
        body.add(new Paragraph("金辰街道是一个人口众多、民族多元的地区，现常住人口达 17 万余人，有 40 个民族在此聚居。"
                + "街道下辖 9 个社区、1 个经济联合社以及 2 个村小组。"));
        body.add(new Heading(2, "（二）", "绩效目标"));
        body.add(new Heading(3, "1.", "总目标"));
        body.add(new Paragraph("全面推进民族团结进步“十百千万”工程，打造铸牢中华民族共同体意识的示范街区，提升居民区邻里和谐文化氛围。"));
        body.add(new Heading(3, "2.", "年度目标"));
        for (int i = 0; i < ANNUAL_GOALS.size(); i++) {
            body.add(new Paragraph("（" + (i + 1) + "）" + ANNUAL_GOALS.get(i)));
        }
        body.add(new Heading(1, "二、", SECTIONS.get(1)));
        body.add(new Heading(2, "（一）", "绩效评价目的"));
        body.add(new Paragraph("分析资源配置的合理及可行性，重点分析项目预算编制的合理性、成本支出的真实性和控制有效性，总结经验做法。"));
        body.add(new Heading(2, "（二）", "绩效评价工作方案制定过程"));
        body.add(new Paragraph("我单位结合《昆明市盘龙区人民政府金辰街道办事处预算管理内部控制制度》等管理制度，完善专项资金管理流程。"));
        body.add(new Heading(2, "（三）", "绩效评价原则、评价方法"));
        body.add(new Paragraph("（1）科学规范原则。（2）公正公开原则。（3）绩效相关原则。"));
        body.add(new Heading(2, "（四）", "绩效评价实施过程"));
        body.add(new Paragraph("绩效评价基础数据由各科室收集，将项目支出后的实际状况与申报的绩效目标对比。"));
        body.add(new Heading(1, "三、", SECTIONS.get(2)));
        body.add(new Heading(2, "（一）", "评价结论"));
        body.add(new Heading(3, "1.", "评价结果"));
        body.add(new Paragraph("我单位2023年创建全省民族团结进步示范街道专项资金项目支出绩效自评分98.00分，自评结果为优秀，"
                + "达成了预期的绩效目标，切实做到了用实、用好财政资金。"));
        body.add(new Heading(3, "2.", "主要绩效"));
        body.add(new Paragraph("各民族同胞在金辰安居乐业，幸福感、安全感和满意度不断攀升。"));
        body.add(new Heading(2, "（二）", "具体绩效分析"));
        body.add(new Table("绩效指标完成情况", List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施"),
                form().indicators().stream().map(row -> List.of(row.category(), row.dimension(), row.name(), row.target(),
                        row.actual(), row.weight().toPlainString(), row.score().toPlainString(),
                        row.deviationNote() == null ? "" : row.deviationNote())).toList()));
        body.add(new Chart("各部分得分与分值", "分", List.of("预算执行率", "产出指标", "效益指标", "满意度指标"), List.of(
                new Chart.Series("分值", decimals("10", "50", "30", "10")),
                new Chart.Series("得分", decimals("10.00", "48.00", "30.00", "10.00")))));
        body.add(new Heading(1, "四、", SECTIONS.get(3)));
        body.add(new Paragraph("2023年度金辰街道办事处创建全省民族团结进步示范街道专项资金200.00万元（全部为委托业务费），"
                + "全年执行200.00万元，预算执行率100.00%。"));
        body.add(new Chart("预算与执行", "万元", List.of("全年预算数", "全年执行数"), List.of(
                new Chart.Series("金额", decimals("200.00", "200.00")))));
        body.add(new Heading(1, "五、", SECTIONS.get(4)));
        body.add(new Heading(2, "（一）", "主要经验及做法"));
        body.add(new Paragraph("1.我单位组建了绩效工作领导小组，明确职责分工，拟定工作方案，切实开展绩效工作。"));
        body.add(new Heading(2, "（二）", "存在的问题"));
        body.add(new Paragraph("1.项目实施过程中治理面积较广，范围较大，可变性较强而监控及治理人员有限。"));
        body.add(new Heading(2, "（三）", "建议和改进措施"));
        body.add(new Paragraph("1.根据工作方案科学、合理进行预算申报，严控经费预算，严格资金管理。"));
        body.add(new Heading(1, "六、", SECTIONS.get(5)));
        List.of("1.绩效评价指标体系；", "2.基础数据表；", "3.访谈分析报告；", "4.社会调查问卷分析报告；",
                "5.立项申请、批复文件；").forEach(item -> body.add(new Paragraph(item)));
        return body;
    }

    public static SelfEvaluationForm form() {
        return new SelfEvaluationForm(2023, "创建全省民族团结进步示范街道专项资金", "昆明市盘龙区人民政府金辰街道办事处",
                "昆明市盘龙区人民政府金辰街道办事处",
                List.of(new FundsRow("年度资金总额", TOTAL, TOTAL, TOTAL, new BigDecimal("10"), new BigDecimal("100.00"),
                                new BigDecimal("10.00")),
                        new FundsRow("其中：本年财政拨款", TOTAL, TOTAL, TOTAL, null, new BigDecimal("100.00"), null),
                        new FundsRow("上年结转资金", Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, null, null, null),
                        new FundsRow("其他资金", Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, null, null, null)),
                new SelfEvaluationForm.GoalsRow(String.join("", ANNUAL_GOALS), "四项年度目标均已完成，示范街区建成并投入使用。"),
                List.of(
                        row("产出指标", "数量指标", "开展民族团结进步主题活动次数", "≥10次", "9次", "20", "18.00",
                                "受示范街区主题公园施工影响，1场主题活动顺延至2024年1月。"),
                        row("产出指标", "数量指标", "建成示范街区文化主题公园数量", "=3个", "3个", "5", "5.00", null),
                        row("产出指标", "数量指标", "建成睦邻家园数量", "≥2个", "2个", "5", "5.00", null),
                        row("产出指标", "质量指标", "中华文化宣传长廊及邻里文化主题街景验收合格率", "100%", "100%", "10", "10.00", null),
                        row("产出指标", "时效指标", "示范街区建设按计划完工", "按时完成", "按时完成", "5", "5.00", null),
                        row("产出指标", "成本指标", "项目总成本", "≤200万元", "200万元", "5", "5.00", null),
                        row("效益指标", "社会效益指标", "各族群众参与主题活动人次", "≥3000人次", "3260人次", "10", "10.00", null),
                        row("效益指标", "社会效益指标", "铸牢中华民族共同体意识氛围", "有效提升", "氛围明显增强，达到预期", "10", "10.00", null),
                        row("效益指标", "可持续影响指标", "民族团结进步创建长效机制", "建立并有效运行", "已建立联席会议制度并有效运行", "10", "10.00", null),
                        row("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "96%", "5", "5.00", null),
                        row("满意度指标", "服务对象满意度指标", "商圈经营主体满意度", "≥90%", "94%", "5", "5.00", null)),
                new BigDecimal("98.00"), "优秀", null);
    }

    private static IndicatorRow row(String category, String dimension, String name, String target, String actual,
                                    String weight, String score, String deviationNote) {
        return new IndicatorRow(category, dimension, name, target, actual, new BigDecimal(weight), new BigDecimal(score),
                null, deviationNote);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
