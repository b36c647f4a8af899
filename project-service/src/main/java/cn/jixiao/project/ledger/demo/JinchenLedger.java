package cn.jixiao.project.ledger.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 金辰街道 2023 spending ledger: 30 payments of 委托业务费 (30227) for the 民族团结进步示范街道 project,
 * adding up to exactly 2,000,000.00 元, as the seed report states (200.00万元, 全部为委托业务费). Used by the demo
 * profile and by the ledger's tests.
 */
public final class JinchenLedger {

    /** The columns of the ledger template, in order. */
    public static final List<String> HEADERS = List.of("日期", "金额（元）", "经济分类编码", "经济分类名称", "收款方", "凭证号", "摘要");

    private JinchenLedger() {
    }

    /** One payment as the finance officer books it. */
    public record Payment(LocalDate date, BigDecimal amount, String payee, String voucherNo, String summary) {
    }

    public static List<Payment> payments() {
        String[][] rows = {
                {"2023-02-10", "68000.00", "昆明市盘龙区民族文化传播有限公司", "民族团结进步创建工作方案编制委托费"},
                {"2023-02-24", "45600.00", "云南民族团结进步研究院", "创建指标测评辅导委托费"},
                {"2023-03-08", "92350.50", "云南同心景观工程有限公司", "金实路示范街区设计委托费"},
                {"2023-03-21", "38800.00", "昆明市盘龙区民族文化传播有限公司", "“我们的节日”主题活动承办费"},
                {"2023-04-03", "120000.00", "云南同心景观工程有限公司", "“悬壶水景”文化主题公园施工委托费（一期）"},
                {"2023-04-18", "56420.00", "昆明春城广告制作有限公司", "中华文化宣传长廊展板设计制作费"},
                {"2023-04-28", "73500.00", "云南雄达茶文化发展有限公司", "雄达茶城民族大舞台演出活动委托费"},
                {"2023-05-12", "64000.00", "昆明金辰社区服务中心", "和谐邻里节活动组织委托费"},
                {"2023-05-26", "110250.75", "云南同心景观工程有限公司", "“茶马古道”文化主题公园施工委托费"},
                {"2023-06-09", "47300.00", "昆明春城广告制作有限公司", "“石榴红了”打卡点氛围营造费"},
                {"2023-06-21", "85000.00", "云南民族团结进步研究院", "铸牢中华民族共同体意识教育实践基地策划费"},
                {"2023-06-30", "52880.00", "昆明市盘龙区民族文化传播有限公司", "春融同心城市会客厅布展委托费"},
                {"2023-07-14", "98000.00", "云南同心景观工程有限公司", "“同心筑梦”文化主题公园施工委托费"},
                {"2023-07-28", "36500.00", "昆明金辰社区服务中心", "民族团结进社区宣讲活动委托费"},
                {"2023-08-11", "61200.00", "昆明春城广告制作有限公司", "金菊路宣传长廊灯箱制作安装费"},
                {"2023-08-25", "79999.99", "云南同心景观工程有限公司", "金桥路邻里文化主题街景雕塑景观委托费"},
                {"2023-09-08", "43750.00", "昆明金辰社区服务中心", "睦邻家园（金桥花园）建设运营委托费"},
                {"2023-09-22", "58600.00", "昆明金辰社区服务中心", "睦邻家园（金星园丁）建设运营委托费"},
                {"2023-10-13", "88000.00", "云南同心景观工程有限公司", "江东花园西路休闲座椅及景观提升委托费"},
                {"2023-10-27", "42000.00", "昆明市盘龙区民族文化传播有限公司", "民族团结进步示范宣传片拍摄委托费"},
                {"2023-11-03", "66300.00", "云南民族团结进步研究院", "示范街道创建成效第三方评估委托费"},
                {"2023-11-10", "35000.00", "昆明春城广告制作有限公司", "示范街区导视标识制作费"},
                {"2023-11-17", "91500.00", "云南雄达茶文化发展有限公司", "商圈民族团结进步创建“进商圈”活动委托费"},
                {"2023-11-24", "54000.00", "昆明金辰社区服务中心", "幸福食堂民族团结主题氛围营造委托费"},
                {"2023-12-01", "70000.00", "云南同心景观工程有限公司", "“悬壶水景”文化主题公园施工委托费（二期）"},
                {"2023-12-08", "39200.00", "昆明市盘龙区民族文化传播有限公司", "民族团结进步故事汇编印制委托费"},
                {"2023-12-15", "47500.00", "云南民族团结进步研究院", "社会满意度调查问卷与访谈委托费"},
                {"2023-12-20", "33000.00", "昆明金辰社区服务中心", "老人休闲健身器材及儿童沙坑维护委托费"},
                {"2023-12-26", "62348.76", "云南民族团结进步研究院", "绩效自评基础数据整理委托费"},
                {"2023-12-29", null, "昆明市盘龙区民族文化传播有限公司", "年度创建工作总结展演委托费（尾款）"}};
        // the year-end balance payment is whatever makes the year add up to the appropriation
        BigDecimal booked = BigDecimal.ZERO;
        for (String[] row : rows) {
            if (row[1] != null) {
                booked = booked.add(new BigDecimal(row[1]));
            }
        }
        rows[rows.length - 1][1] = new BigDecimal("2000000.00").subtract(booked).toPlainString();
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            LocalDate date = LocalDate.parse(rows[i][0]);
            payments.add(new Payment(date, new BigDecimal(rows[i][1]), rows[i][2],
                    String.format("记-2023-%02d-%03d", date.getMonthValue(), i + 1), rows[i][3]));
        }
        return payments;
    }

    /** The ledger as the CSV export of a finance system, UTF-8, in the template's columns. */
    public static byte[] csv() {
        StringBuilder csv = new StringBuilder(String.join(",", HEADERS)).append("\r\n");
        for (Payment payment : payments()) {
            csv.append(payment.date()).append(',').append(payment.amount().toPlainString()).append(",30227,委托业务费,")
                    .append(payment.payee()).append(',').append(payment.voucherNo()).append(',').append(payment.summary())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
