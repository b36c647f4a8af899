package cn.jixiao.report.rendering;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice run headless to open a rendered file and print it to PDF, the closest check here that an office
 * suite accepts the file. Tests using it are skipped where LibreOffice ({@code soffice}; Debian:
 * libreoffice-writer-nogui, libreoffice-calc-nogui) is not installed.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** Prints {@code file} to PDF and returns the PDF's pages and text, skipping the test without LibreOffice. */
    public static Printed print(Path file, Path work) throws IOException, InterruptedException {
        String soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed here");
        Path log = work.resolve("soffice.log");
        // A profile of the build's own, so a LibreOffice someone else runs here does not lock this one out; kept
        // under target/ because creating it is most of a first conversion's time.
        Path profile = Path.of("target", "libreoffice-profile").toAbsolutePath();
        Process convert = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(convert.waitFor(50, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        String name = file.getFileName().toString();
        Path pdf = work.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice printed it: " + Files.readString(log)).exists();
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            return new Printed(pdf, printed.getNumberOfPages(), new PDFTextStripper().getText(printed));
        }
    }

    public record Printed(Path pdf, int pages, String text) {
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
