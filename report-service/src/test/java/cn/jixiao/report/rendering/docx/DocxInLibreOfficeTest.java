package cn.jixiao.report.rendering.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.rendering.LibreOffice;

import static org.assertj.core.api.Assertions.assertThat;

/** LibreOffice opens the DOCX and prints it; the PDF is kept under target/report-artifacts to look at. */
class DocxInLibreOfficeTest {

    @Test
    void libreOfficeOpensTheReportAndPrintsItsFiguresAndPageNumbers(@TempDir Path work) throws Exception {
        Path docx = Files.write(work.resolve("jinchen.docx"),
                new DocxReportFormat().render(JinchenReportDocument.finalReport()));

        LibreOffice.Printed printed = LibreOffice.print(docx, work);

        Files.createDirectories(RenderedDocx.ARTIFACTS);
        Files.copy(printed.pdf(), RenderedDocx.ARTIFACTS.resolve("jinchen-libreoffice.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        // The body runs over several pages and the 自评表 starts on a page of its own.
        assertThat(printed.pages()).isGreaterThanOrEqualTo(3);
        assertThat(printed.text()).contains("200.00", "98.00", "100.00%", "— 1 —", "— 2 —");
    }
}
