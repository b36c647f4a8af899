package cn.jixiao.project.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.project.evidence.UnsupportedContent.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @TempDir
    Path dir;

    @Test
    void aPdfIsRecognisedByItsHeader() throws IOException {
        assertThat(sniff("报告.pdf", SampleFiles.pdf())).isEqualTo(EvidenceFormat.PDF);
    }

    @Test
    void aPngAndAJpegAreRecognisedByTheirSignatures() throws IOException {
        assertThat(sniff("现场照片.png", SampleFiles.png())).isEqualTo(EvidenceFormat.PNG);
        assertThat(sniff("现场照片.jpg", SampleFiles.jpeg())).isEqualTo(EvidenceFormat.JPEG);
    }

    @Test
    void aWordDocumentIsAZipWithContentTypesAndADocumentPart() throws IOException {
        assertThat(sniff("访谈分析报告.docx", SampleFiles.docx("访谈记录"))).isEqualTo(EvidenceFormat.DOCX);
    }

    @Test
    void anExcelWorkbookIsAZipWithContentTypesAndAWorkbookPart() throws IOException {
        assertThat(sniff("基础数据表.xlsx", SampleFiles.xlsx("基础数据"))).isEqualTo(EvidenceFormat.XLSX);
    }

    @Test
    void theNameDoesNotMatterOnlyTheBytes() throws IOException {
        assertThat(sniff("扫描件.bin", SampleFiles.pdf())).isEqualTo(EvidenceFormat.PDF);
        assertThat(sniff("表格.pdf", SampleFiles.xlsx("x"))).isEqualTo(EvidenceFormat.XLSX);
    }

    @Test
    void aProgramRenamedPdfIsRefused() {
        assertRefused("批复文件.pdf", SampleFiles.exe(), Reason.UNRECOGNISED);
    }

    @Test
    void aTextFileRenamedPdfIsRefused() {
        assertRefused("批复文件.pdf", SampleFiles.text("这其实是一个文本文件"), Reason.UNRECOGNISED);
    }

    @Test
    void aLegacyWordOrExcelFileIsRefusedAskingForDocxOrXlsx() {
        UnsupportedContent refused = assertRefused("申报表.doc", SampleFiles.legacyDoc(), Reason.LEGACY_OFFICE);
        assertThat(refused.reason().message().zh()).contains("另存为 DOCX/XLSX");
        assertThat(refused.reason().message().en()).contains("save it as DOCX/XLSX");
    }

    @Test
    void aZipThatIsNotAWordOrExcelDocumentIsRefused() {
        assertRefused("材料.docx", SampleFiles.plainZip(), Reason.OTHER_ARCHIVE);
        assertRefused("汇报.xlsx", SampleFiles.pptx(), Reason.OTHER_ARCHIVE);
    }

    @Test
    void aMacroEnabledDocumentIsRefused() {
        assertRefused("指标体系.docx", SampleFiles.docm(), Reason.MACRO_ENABLED);
    }

    @Test
    void aFileThatStartsLikeAZipButIsDamagedIsRefused() {
        byte[] truncated = Arrays.copyOf(SampleFiles.docx("截断"), 60);
        assertRefused("截断.docx", truncated, Reason.UNRECOGNISED);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("空文件.pdf", new byte[0], Reason.EMPTY);
    }

    private EvidenceFormat sniff(String name, byte[] bytes) throws IOException {
        return sniffer.sniff(Files.write(dir.resolve(name), bytes));
    }

    private UnsupportedContent assertRefused(String name, byte[] bytes, Reason reason) {
        UnsupportedContent refused = catchThrowableOfType(UnsupportedContent.class, () -> sniff(name, bytes));
        assertThat(refused).as("%s refused", name).isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }
}
