package cn.jixiao.loadtest.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A street's ledger as the finance officer uploads it: the import template's seven columns and one payment of 委托业务费
 * (30227) a month, adding up exactly to the amount given, so the project reaches an execution rate of 100 %.
 * Voucher numbers only need to be unique within a project, and each load-test project is new, so one workbook serves
 * every upload of a run.
 */
public final class LedgerWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> HEADERS = List.of("日期", "金额（元）", "经济分类编码", "经济分类名称", "收款方", "凭证号", "摘要");

    private LedgerWorkbook() {
    }

    /** A payment as a row of the sheet. */
    public record Payment(LocalDate date, BigDecimal amount, String voucherNo) {
    }

    /** {@code months} payments in {@code year}, the last taking what the others leave of {@code total}. */
    public static List<Payment> payments(int year, BigDecimal total, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("one payment a month, 1 … 12, not " + months);
        }
        BigDecimal share = total.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        List<Payment> payments = new ArrayList<>();
        BigDecimal booked = BigDecimal.ZERO;
        for (int month = 1; month <= months; month++) {
            BigDecimal amount = month == months ? total.subtract(booked) : share;
            booked = booked.add(amount);
            payments.add(new Payment(LocalDate.of(year, month, 15), amount, String.format("记-%d-%02d-%03d", year, month, month)));
        }
        return payments;
    }

    public static byte[] xlsx(int year, BigDecimal total, int months) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("支出明细");
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(HEADERS.get(column));
            }
            int rowNumber = 1;
            for (Payment payment : payments(year, total, months)) {
                Row row = sheet.createRow(rowNumber++);
                row.createCell(0).setCellValue(payment.date().toString());
                row.createCell(1).setCellValue(payment.amount().toPlainString());
                row.createCell(2).setCellValue("30227");
                row.createCell(3).setCellValue("委托业务费");
                row.createCell(4).setCellValue("昆明市盘龙区社区服务中心");
                row.createCell(5).setCellValue(payment.voucherNo());
                row.createCell(6).setCellValue(payment.date().getMonthValue() + "月社区服务委托费");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
