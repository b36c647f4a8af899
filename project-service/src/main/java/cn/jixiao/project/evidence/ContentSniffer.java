package cn.jixiao.project.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import cn.jixiao.project.evidence.UnsupportedContent.Reason;

/**
 * Tells what a file is from its bytes, never from its name or the type the browser claimed: a program or a
 * text file renamed {@code .pdf} is refused like any other unknown content.
 *
 * <p>PDF, PNG and JPEG are recognised by their signatures. DOCX and XLSX are ZIP archives; they are told
 * apart by the entries listed in the archive's central directory ({@code [Content_Types].xml} plus
 * {@code word/document.xml} or {@code xl/workbook.xml}). Only the directory is read, nothing is unpacked,
 * so a compressed "zip bomb" costs nothing here.
 */
public final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    /** The OLE2 compound file of Office 97–2003 (.doc, .xls). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int SIGNATURE_LENGTH = 8;

    /**
     * The format of the file's content.
     *
     * @throws UnsupportedContent if it is none of the accepted formats
     */
    public EvidenceFormat sniff(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new UnsupportedContent(Reason.EMPTY);
        }
        if (startsWith(head, PDF)) {
            return EvidenceFormat.PDF;
        }
        if (startsWith(head, PNG)) {
            return EvidenceFormat.PNG;
        }
        if (startsWith(head, JPEG)) {
            return EvidenceFormat.JPEG;
        }
        if (startsWith(head, OLE2)) {
            throw new UnsupportedContent(Reason.LEGACY_OFFICE);
        }
        if (startsWith(head, ZIP)) {
            return officeDocument(file);
        }
        throw new UnsupportedContent(Reason.UNRECOGNISED);
    }

    private static EvidenceFormat officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new UnsupportedContent(Reason.OTHER_ARCHIVE);
            }
            if (zip.getEntry("word/vbaProject.bin") != null || zip.getEntry("xl/vbaProject.bin") != null) {
                throw new UnsupportedContent(Reason.MACRO_ENABLED);
            }
            if (zip.getEntry("word/document.xml") != null) {
                return EvidenceFormat.DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return EvidenceFormat.XLSX;
            }
            throw new UnsupportedContent(Reason.OTHER_ARCHIVE);
        } catch (ZipException damaged) {
            // starts like a ZIP but has no readable central directory: not a document Office could open either
            throw new UnsupportedContent(Reason.UNRECOGNISED);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SIGNATURE_LENGTH);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
