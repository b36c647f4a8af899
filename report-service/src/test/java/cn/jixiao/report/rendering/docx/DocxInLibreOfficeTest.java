package cn.jixiao.report.rendering.docx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.report.document.JinchenReportDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice opens the DOCX and prints it: converted headless to PDF, the report's figures and the form are
 * there. Runs where LibreOffice ({@code soffice}) is installed (Debian: libreoffice-writer-nogui), skipped
 * elsewhere; the PDF is kept under target/report-artifacts for a person to look at.
 */
class DocxInLibreOfficeTest {

    @Test
    void libreOfficeOpensTheReportAndPrintsItsFiguresAndTheForm(@TempDir Path work) throws Exception {
        String soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed here");
        Path docx = Files.write(work.resolve("jinchen.docx"), new DocxReportFormat().render(JinchenReportDocument.finalReport()));

        // A profile of its own, so a LibreOffice someone else runs on this machine does not lock this one out.
        Process convert = new ProcessBuilder(soffice, "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(50, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        Path pdf = work.resolve("jinchen.pdf");
        assertThat(pdf).as(Files.readString(work.resolve("soffice.log"))).exists();
        Files.createDirectories(RenderedDocx.ARTIFACTS);
        Files.copy(pdf, RenderedDocx.ARTIFACTS.resolve("jinchen-libreoffice.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            // The body runs over several pages and the 自评表 starts on a page of its own.
            assertThat(printed.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains("200.00", "98.00", "100.00%", "— 1 —");
        }
    }

    private static String onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(directory, command);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
