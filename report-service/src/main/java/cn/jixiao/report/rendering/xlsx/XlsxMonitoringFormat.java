package cn.jixiao.report.rendering.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.document.MonitoringFormat;
import cn.jixiao.report.rendering.FileRenderer;

/**
 * The 绩效监控表 as an Excel workbook for the finance officer: the same form as the DOCX, with amounts and rates
 * as numbers a formula can use. One project's form is a few dozen rows: built in memory, not streamed.
 */
@Component
public class XlsxMonitoringFormat extends FileRenderer<MonitoringForm> implements MonitoringFormat {

    public XlsxMonitoringFormat() {
        super(FileType.XLSX, XlsxMonitoringFormat::written);
    }

    private static byte[] written(MonitoringForm form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(form.projectName() + form.title());
            MonitoringSheet.write(workbook, new SummaryStyles(workbook), form);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The XLSX of " + form.projectName() + "'s monitoring form could not be written",
                    e);
        }
    }
}
