package cn.jixiao.report.rendering.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.SummaryFormat;
import cn.jixiao.report.rendering.FileRenderer;

/**
 * The district summary as an Excel workbook for the district's finance bureau: the projects with their totals,
 * and the grade distribution. Streamed: only a window of rows stays in memory, so a district of 200 streets
 * with 30 projects each costs little more than one of a few rows.
 */
@Component
public class XlsxSummaryFormat extends FileRenderer<DistrictSummary> implements SummaryFormat {

    public static final String CONTENT_TYPE = FileType.XLSX.contentType();
    /** Rows kept in memory before older ones are flushed to the temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    public XlsxSummaryFormat() {
        super(FileType.XLSX, XlsxSummaryFormat::written);
    }

    private static byte[] written(DistrictSummary summary) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try {
                SummaryStyles styles = new SummaryStyles(workbook);
                ProjectsSheet.write(workbook, styles, summary);
                GradeDistributionSheet.write(workbook, styles, summary);
                workbook.write(out);
                return out.toByteArray();
            } finally {
                // The streamed rows live in temporary files until the workbook is disposed of.
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The summary of " + summary.districtName() + " could not be written", e);
        }
    }
}
