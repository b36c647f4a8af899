package cn.jixiao.project.ledger;

import cn.jixiao.project.ledger.demo.JinchenLedger;

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

    static final List<String> HEADERS = JinchenLedger.HEADERS;

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
        return JinchenLedger.payments().stream()
                .map(payment -> new Entry(payment.date(), payment.amount(), "30227", "委托业务费", payment.payee(),
                        payment.voucherNo(), payment.summary()))
                .toList();
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
