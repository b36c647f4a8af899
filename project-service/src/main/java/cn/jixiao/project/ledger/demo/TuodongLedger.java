package cn.jixiao.project.ledger.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 拓东街道 2023 spending ledger for the 老旧小区绿化提升及社区环境整治 project: 16 payments adding up to exactly
 * 1,275,000.00 元, 85% of the 150.00万元 budget. 维修（护）费 (30213) 780,000.00 元 of the 900,000.00 budgeted, the
 * rest of the 书林街 planting waiting for the pipe works; 委托业务费 (30227) 495,000.00 元 of 600,000.00. Spending
 * starts slowly in spring, so the in-year monitoring shows red, then yellow, then green lights. Used by the demo
 * profile and its test.
 */
public final class TuodongLedger {

    /** 全年执行数. */
    public static final BigDecimal EXECUTED = new BigDecimal("1275000.00");

    private TuodongLedger() {
    }

    /** One payment as the finance officer books it. */
    public record Payment(LocalDate date, BigDecimal amount, String code, String name, String payee, String voucherNo,
                          String summary) {
    }

    public static List<Payment> payments() {
        String[][] rows = {
                {"2023-03-15", "60000.00", "30227", "昆明盘龙城市规划设计有限公司", "老旧小区绿化提升方案设计委托费"},
                {"2023-04-20", "45000.00", "30227", "云南诚信工程造价咨询有限公司", "整治工程预算编制及审核委托费"},
                {"2023-05-18", "98000.00", "30213", "昆明春绿园林绿化工程有限公司", "东站小区绿地提升（一期）"},
                {"2023-06-08", "86500.00", "30213", "昆明春绿园林绿化工程有限公司", "白塔路小区绿地提升"},
                {"2023-06-28", "54000.00", "30227", "云南拓新工程监理有限公司", "整治工程监理委托费（上半年）"},
                {"2023-07-12", "112000.00", "30213", "昆明安居市政工程有限公司", "东风东路小区道路及排水修缮"},
                {"2023-07-26", "48000.00", "30227", "昆明盘龙环境卫生服务有限公司", "建筑垃圾及绿化垃圾清运委托费"},
                {"2023-08-16", "94500.00", "30213", "昆明春绿园林绿化工程有限公司", "东站小区绿地提升（二期）"},
                {"2023-08-30", "76000.00", "30213", "昆明安居市政工程有限公司", "拓东路小区外立面及围墙修缮"},
                {"2023-09-14", "82000.00", "30227", "昆明盘龙环境卫生服务有限公司", "小区环境卫生集中整治委托费"},
                {"2023-09-27", "101000.00", "30213", "昆明春绿园林绿化工程有限公司", "塘子巷小区绿地提升"},
                {"2023-10-19", "88000.00", "30213", "昆明安居市政工程有限公司", "小区休闲设施及照明修缮"},
                {"2023-11-09", "56000.00", "30227", "云南拓新工程监理有限公司", "整治工程监理委托费（下半年）"},
                {"2023-11-23", "124000.00", "30213", "昆明春绿园林绿化工程有限公司", "书林街片区绿化提升（已实施部分）"},
                {"2023-12-14", "90000.00", "30227", "云南民意调查研究中心", "居民满意度调查及第三方绩效评价委托费"},
                {"2023-12-27", "60000.00", "30227", "昆明盘龙城市规划设计有限公司", "整治成效评估及长效管护方案编制委托费"}};
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            LocalDate date = LocalDate.parse(rows[i][0]);
            String code = rows[i][2];
            payments.add(new Payment(date, new BigDecimal(rows[i][1]), code, code.equals("30213") ? "维修（护）费" : "委托业务费",
                    rows[i][3], String.format("记-2023-%02d-%03d", date.getMonthValue(), i + 101), rows[i][4]));
        }
        return payments;
    }

    /** The ledger as the CSV export of a finance system, UTF-8, in the template's columns. */
    public static byte[] csv() {
        StringBuilder csv = new StringBuilder(String.join(",", JinchenLedger.HEADERS)).append("\r\n");
        for (Payment payment : payments()) {
            csv.append(payment.date()).append(',').append(payment.amount().toPlainString()).append(',')
                    .append(payment.code()).append(',').append(payment.name()).append(',').append(payment.payee())
                    .append(',').append(payment.voucherNo()).append(',').append(payment.summary()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
