package cn.jixiao.project.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger import template: the seven columns with their Chinese headers, one example row dated in the
 * project's year (its voucher number marks it, so an upload that forgot to delete it is told so), and a sheet
 * of filling-in notes. Only the first sheet is ever imported.
 */
final class LedgerTemplate {

    static final String FILE_NAME = "支出明细导入模板.xlsx";

    private LedgerTemplate() {
    }

    static byte[] forYear(int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("支出明细");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Row headers = sheet.createRow(0);
            for (LedgerColumn column : LedgerColumn.values()) {
                Cell cell = headers.createCell(column.ordinal());
                cell.setCellValue(column.header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), (column == LedgerColumn.SUMMARY ? 44 : column == LedgerColumn.PAYEE ? 30 : 16) * 256);
            }
            // typed values take these formats; codes and voucher numbers stay text so nothing is reformatted
            sheet.setDefaultColumnStyle(LedgerColumn.DATE.ordinal(), date);
            sheet.setDefaultColumnStyle(LedgerColumn.AMOUNT.ordinal(), amount);
            sheet.setDefaultColumnStyle(LedgerColumn.CLASSIFICATION_CODE.ordinal(), text);
            sheet.setDefaultColumnStyle(LedgerColumn.VOUCHER_NO.ordinal(), text);
            sheet.createFreezePane(0, 1);

            Row example = sheet.createRow(1);
            Cell exampleDate = example.createCell(LedgerColumn.DATE.ordinal());
            exampleDate.setCellValue(LocalDate.of(year, 3, 15));
            exampleDate.setCellStyle(date);
            // the amount is written as its text: an amount never passes through a floating-point number
            example.createCell(LedgerColumn.AMOUNT.ordinal()).setCellValue("50000.00");
            example.createCell(LedgerColumn.CLASSIFICATION_CODE.ordinal()).setCellValue("30227");
            example.createCell(LedgerColumn.CLASSIFICATION_NAME.ordinal()).setCellValue("委托业务费");
            example.createCell(LedgerColumn.PAYEE.ordinal()).setCellValue("昆明某某文化传播有限公司");
            example.createCell(LedgerColumn.VOUCHER_NO.ordinal()).setCellValue(LineRules.EXAMPLE_VOUCHER);
            example.createCell(LedgerColumn.SUMMARY.ordinal()).setCellValue("示例行：导入前请删除本行");

            XSSFSheet notes = workbook.createSheet("填写说明");
            notes.setColumnWidth(0, 110 * 256);
            List<String> lines = List.of(
                    "支出明细导入说明 / How to fill in the ledger",
                    "1. 只导入第一个工作表“支出明细”；请勿增删、改名或调换表头列。Only the first sheet is imported; keep the header as it is.",
                    "2. 日期：须在 " + year + " 年内，如 " + year + "-03-15。Dates must fall in " + year + ".",
                    "3. 金额（元）：大于 0，最多两位小数，不带货币符号。Amount in yuan, above 0, at most 2 decimals.",
                    "4. 经济分类编码：政府支出经济分类，如 30227（委托业务费）；名称可不填，填写时须与编码一致。Classification code, e.g. 30227.",
                    "5. 凭证号：同一项目内不得重复；已导入的凭证号再次导入会被拒绝。Voucher numbers are unique per project.",
                    "6. 不要使用公式、合并单元格；整个文件有任何一行错误都不会保存，请按错误说明修改后重新导入。No formulas or merged cells; one bad row saves nothing.",
                    "7. 每个文件最多 100,000 行。At most 100,000 rows per file.",
                    "8. 第 2 行是示例，导入前请删除。Row 2 is an example: delete it before importing.");
            for (int i = 0; i < lines.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
