package cn.jixiao.loadtest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerWorkbookTest {

    @Test
    void theMonthlyPaymentsAddUpExactlyToTheBudget() {
        List<LedgerWorkbook.Payment> payments = LedgerWorkbook.payments(2026, new BigDecimal("100000.00"), 12);
        assertEquals(12, payments.size());
        assertEquals(new BigDecimal("100000.00"),
                payments.stream().map(LedgerWorkbook.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("8333.33"), payments.get(0).amount());
        assertEquals(new BigDecimal("8333.37"), payments.get(11).amount());
        assertEquals(12, new HashSet<>(payments.stream().map(LedgerWorkbook.Payment::voucherNo).toList()).size());
        payments.forEach(payment -> assertEquals(2026, payment.date().getYear()));
    }

    @Test
    void theWorkbookHasTheImportTemplatesColumnsAndOneRowAPayment() throws Exception {
        byte[] xlsx = LedgerWorkbook.xlsx(2026, new BigDecimal("100000.00"), 12);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of("日期", "金额（元）", "经济分类编码", "经济分类名称", "收款方", "凭证号", "摘要"), headers);
            assertEquals(12, sheet.getLastRowNum());
            BigDecimal total = BigDecimal.ZERO;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                total = total.add(new BigDecimal(row.getCell(1).getStringCellValue()));
                assertEquals("30227", row.getCell(2).getStringCellValue());
            }
            assertEquals(new BigDecimal("100000.00"), total);
            assertEquals("2026-01-15", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void moreThanOnePaymentAMonthIsNotWhatItWrites() {
        assertThrows(IllegalArgumentException.class, () -> LedgerWorkbook.payments(2026, BigDecimal.TEN, 13));
    }
}
