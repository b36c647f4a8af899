package cn.jixiao.report.rendering.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.report.rendering.LibreOffice;

import static org.assertj.core.api.Assertions.assertThat;

/** LibreOffice Calc opens the summary and prints the numbers in their formats. */
class XlsxInLibreOfficeTest {

    @Test
    void libreOfficeOpensTheSummaryAndShowsTheAmountsWithTwoDecimalsAndTheRatesInPercent(@TempDir Path work)
            throws Exception {
        Path xlsx = Files.write(work.resolve("panlong.xlsx"), new XlsxSummaryFormat().render(DistrictSummaries.panlong()));

        LibreOffice.Printed printed = LibreOffice.print(xlsx, work);

        assertThat(printed.text()).contains("JC-2023-001", "200.00", "123.46", "81.00%", "323.46", "92.75%");
    }
}
