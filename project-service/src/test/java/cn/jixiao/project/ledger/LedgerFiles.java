package cn.jixiao.project.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Ledger files as finance officers make them, built in the tests with POI. */
final class LedgerFiles {

    static final List<String> HEADERS = List.of("日期", "金额（元）", "经济分类编码", "经济分类名称", "收款方", "凭证号", "摘要");

    private LedgerFiles() {
    }

    /** One row of a ledger file; {@code amount} is written as an Excel number cell unless it is a String. */
    record Entry(LocalDate date, Object amount, String code, String name, String payee, String voucher, String summary) {

        List<Object> cells() {
            List<Object> cells = new ArrayList<>();
            cells.add(date);
            cells.add(amount);
            cells.add(code);
            cells.add(name);
            cells.add(payee);
            cells.add(voucher);
            cells.add(summary);
            return cells;
        }
    }

    /**
     * The Jinchen 2023 ledger: 30 payments of 委托业务费 (30227) for the 民族团结进步示范街道 project, adding up to
     * exactly 2,000,000.00 yuan, as the seed report states (200.00万元).
     */
    static List<Entry> jinchen2023() {
        String[][] payments = {
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
        BigDecimal sum = BigDecimal.ZERO;
        for (String[] payment : payments) {
            if (payment[1] != null) {
                sum = sum.add(new BigDecimal(payment[1]));
            }
        }
        payments[payments.length - 1][1] = new BigDecimal("2000000.00").subtract(sum).toPlainString();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < payments.length; i++) {
            LocalDate date = LocalDate.parse(payments[i][0]);
            entries.add(new Entry(date, new BigDecimal(payments[i][1]), "30227", "委托业务费", payments[i][2],
                    String.format("记-2023-%02d-%03d", date.getMonthValue(), i + 1), payments[i][3]));
        }
        return entries;
    }

    /** An XLSX workbook: the header, then the rows. */
    static byte[] xlsx(List<?> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("支出明细");
            write(workbook, sheet, header, rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(List<Entry> entries) {
        return xlsx(HEADERS, entries.stream().map(Entry::cells).toList());
    }

    static void write(Workbook workbook, Sheet sheet, List<?> header, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            headerRow.createCell(i).setCellValue(String.valueOf(header.get(i)));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof BigDecimal number) {
                    // what Excel itself stores for a typed number; the importer reads it back from its decimal text
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The same entries as a UTF-8 CSV export, amounts and dates as text. */
    static byte[] csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADERS)).append("\r\n");
        for (Entry entry : entries) {
            csv.append(entry.date()).append(',').append(entry.amount()).append(',').append(entry.code()).append(',')
                    .append(entry.name()).append(',').append(quoted(entry.payee())).append(',').append(entry.voucher())
                    .append(',').append(quoted(entry.summary())).append("\r\n");
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
