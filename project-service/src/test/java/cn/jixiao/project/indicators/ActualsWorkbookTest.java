package cn.jixiao.project.indicators;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.indicators.demo.JinchenIndicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ActualsWorkbookTest {

    static final List<Indicator> JINCHEN = IndicatorRules.check(JinchenIndicators.indicators()).indicators();

    @Test
    void theTemplateHasOneRowPerIndicatorAndEmptyColumnsToFillIn() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ActualsWorkbook.template(JINCHEN)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("实际完成值");
            assertThat(texts(sheet.getRow(0))).containsExactly(
                    "指标编号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施");
            assertThat(sheet.getLastRowNum()).isEqualTo(JINCHEN.size());
            assertThat(texts(sheet.getRow(1))).containsExactly(
                    "jc-activities", "产出指标", "数量指标", "开展民族团结进步主题活动次数", "≥10次", "", "");
        }
    }

    @Test
    void aFilledInWorkbookReadsBackEveryReportedRowCheckedAgainstItsIndicator() {
        byte[] filled = Workbooks.filled(ActualsWorkbook.template(JINCHEN), Map.of(
                "jc-activities", new String[]{"9次", "活动顺延"},
                "jc-residents", new String[]{"96%"}));

        assertThat(read(filled, JINCHEN)).containsExactly(
                new ActualsWorkbook.Entry(2, "jc-activities", new ActualReading("9次", new BigDecimal("9"), "次",
                        ActualReadingKind.AS_WRITTEN), "活动顺延"),
                new ActualsWorkbook.Entry(11, "jc-residents", new ActualReading("96%", new BigDecimal("96"), "%",
                        ActualReadingKind.AS_WRITTEN), null));
    }

    @Test
    void aWorkbookFollowsTheFormsReadingsABareNumberInTheTargetsUnitAndWordsLeftToTheEvaluator() {
        byte[] filled = Workbooks.filled(ActualsWorkbook.template(JINCHEN), Map.of(
                "jc-activities", new String[]{"九次", "活动顺延"},
                "jc-residents", new String[]{"96"}));

        assertThat(read(filled, JINCHEN)).extracting(ActualsWorkbook.Entry::actual).containsExactly(
                new ActualReading("九次", null, null, ActualReadingKind.TEXT_ON_NUMERIC_TARGET),
                new ActualReading("96", new BigDecimal("96"), "%", ActualReadingKind.TARGET_UNIT));
    }

    @Test
    void aCellFormattedAsAPercentageReadsAsExcelShowsIt() {
        byte[] filled = Workbooks.edited(ActualsWorkbook.template(JINCHEN), sheet -> {
            Row residents = sheet.getRow(10);
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            residents.getCell(5).setCellValue(0.96);
            residents.getCell(5).setCellStyle(percent);
        });

        assertThat(read(filled, JINCHEN)).singleElement()
                .extracting(entry -> entry.actual().value()).isEqualTo(new BigDecimal("96"));
    }

    @Test
    void everyBadCellIsListedWithRowColumnValueAndReason() {
        byte[] filled = Workbooks.edited(Workbooks.filled(ActualsWorkbook.template(JINCHEN), Map.of(
                "jc-activities", new String[]{"≥9次"},
                "jc-residents", new String[]{"96天"},
                "jc-merchants", new String[]{"", "只有说明"})), sheet -> {
            sheet.getRow(2).getCell(0).setCellValue("no-such-indicator");
            sheet.getRow(2).getCell(5).setCellValue("3个");
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
            copy.createCell(0).setCellValue("jc-cost");
            copy.createCell(5).setCellValue("199万元");
            sheet.getRow(6).createCell(5).setCellValue("198万元");
            sheet.getRow(4).createCell(5).setCellFormula("1+1");
        });

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> read(filled, JINCHEN));

        assertThat(refused.toProblemDetail().getProperties()).containsEntry("code", "actuals-rejected");
        assertThat(problems(refused)).extracting(ActualsWorkbook.CellProblem::row, ActualsWorkbook.CellProblem::column,
                        ActualsWorkbook.CellProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "F", "≥9次"),
                        org.assertj.core.groups.Tuple.tuple(3, "A", "no-such-indicator"),
                        org.assertj.core.groups.Tuple.tuple(5, "F", "1+1"),
                        org.assertj.core.groups.Tuple.tuple(11, "F", "96天"),
                        org.assertj.core.groups.Tuple.tuple(12, "F", ""),
                        org.assertj.core.groups.Tuple.tuple(13, "A", "jc-cost"));
        assertThat(problems(refused).get(0).reason()).contains("应为实际达到的具体数值");
        assertThat(problems(refused).get(0).columnName()).isEqualTo("实际完成值");
        assertThat(problems(refused).get(3).reason()).contains("两者无法换算");
        assertThat(problems(refused).get(5).reason()).contains("出现了不止一次");
    }

    @Test
    void bytesThatAreNotAnXlsxWorkbookAreRefusedWhateverTheFileIsCalled() throws IOException {
        for (byte[] notAWorkbook : List.of("%PDF-1.7 实际完成值".getBytes(StandardCharsets.UTF_8),
                "指标编号,实际完成值\njc-activities,9次".getBytes(StandardCharsets.UTF_8), new byte[0], zip(), docx())) {
            assertThatThrownBy(() -> read(notAWorkbook, JINCHEN))
                    .isInstanceOfSatisfying(ProblemException.class, refused -> {
                        assertThat(refused.status().value()).isEqualTo(415);
                        assertThat(refused.toProblemDetail().getProperties()).containsEntry("code", "not-xlsx");
                    });
        }
    }

    @Test
    void reorderedColumnsMergedCellsAndANothingFilledWorkbookAreRefused() {
        byte[] template = ActualsWorkbook.template(JINCHEN);
        byte[] reordered = Workbooks.edited(template, sheet -> {
            sheet.getRow(0).getCell(5).setCellValue("偏差原因分析及改进措施");
            sheet.getRow(0).getCell(6).setCellValue("实际完成值");
        });
        byte[] merged = Workbooks.edited(Workbooks.filled(template, Map.of("jc-residents", new String[]{"96%"})),
                sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1)));

        assertThat(layoutProblem(reordered)).contains("表头应依次为");
        assertThat(layoutProblem(merged)).contains("合并单元格（B2:B3）");
        assertThat(layoutProblem(template)).contains("没有填写任何实际完成值");
    }

    /** The workbook as uploaded: received into a file of its own, which is read as a stream. */
    static List<ActualsWorkbook.Entry> read(byte[] workbook, List<Indicator> indicators) {
        try {
            Path file = Files.createTempFile("actuals-", ".xlsx");
            try {
                return ActualsWorkbook.read(Files.write(file, workbook), indicators);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String layoutProblem(byte[] workbook) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> read(workbook, JINCHEN));
        assertThat(refused.toProblemDetail().getProperties()).containsEntry("code", "workbook-layout");
        return refused.toProblemDetail().getDetail();
    }

    @SuppressWarnings("unchecked")
    private static List<ActualsWorkbook.CellProblem> problems(ProblemException refused) {
        return (List<ActualsWorkbook.CellProblem>) refused.toProblemDetail().getProperties().get("errors");
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, 7)
                .mapToObj(column -> row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue()).toList();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("actuals.csv"));
            zip.write("jc-activities,9次".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("实际完成值");
            document.write(out);
            return out.toByteArray();
        }
    }
}
