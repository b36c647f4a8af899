package cn.jixiao.report.rendering.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The report font travels with the service in Regular and Bold: TrueType outlines, embeddable, licensed, and covering the report's text. */
class BundledFontTest {

    @Test
    void isATrueTypeOutlinedFaceThatMayBeEmbedded() throws IOException {
        try (InputStream in = BundledFont.open(); TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            assertThat(font.getName()).isEqualTo("NotoSerifSC-Regular");
            assertThat(font.getGlyph()).as("glyf table: openhtmltopdf cannot embed CFF outlines").isNotNull();
            assertThat(font.getOS2Windows().getFsType() & 0x0002).as("not restricted from embedding").isZero();
        }
    }

    @Test
    void bringsARealBoldFaceOfTheSameFamilyForTitlesAndHeadings() throws IOException {
        try (InputStream in = BundledFont.openBold(); TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            assertThat(font.getName()).isEqualTo("NotoSerifSC-Bold");
            assertThat(font.getOS2Windows().getWeightClass()).isEqualTo(700);
            assertThat(font.getGlyph()).as("glyf table: openhtmltopdf cannot embed CFF outlines").isNotNull();
            assertThat(font.getOS2Windows().getFsType() & 0x0002).as("not restricted from embedding").isZero();
        }
        Font bold = BundledFont.awt(Font.BOLD, 15f);
        assertThat(bold.getFontName()).isEqualTo("Noto Serif SC Bold");
        assertThat(bold.canDisplayUpTo("各部分得分与分值")).isEqualTo(-1);
    }

    @Test
    void travelsWithItsOpenFontLicence() throws IOException {
        try (InputStream licence = BundledFont.class.getResourceAsStream("/fonts/OFL.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes())).contains("SIL OPEN FONT LICENSE Version 1.1");
        }
    }

    @Test
    void drawsTheChineseOfTheReportInCharts() {
        Font font = BundledFont.awt(Font.PLAIN, 12f);
        assertThat(font.canDisplayUpTo("项目支出绩效自评报告（一）200.00万元，≥90%，优秀")).isEqualTo(-1);
        assertThat(font.getFamily()).isEqualTo(BundledFont.FAMILY);
    }

    @Test
    void coversEveryHanziOfGb2312SoNoNameOrTextPrintsAsAPlaceholder() {
        Font font = BundledFont.awt(Font.PLAIN, 12f);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        // the 6,763 hanzi of GB 2312: rows 0xB0–0xF7, cells 0xA1–0xFE (five cells of row 0xD7 are unassigned)
        for (int row = 0xB0; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String hanzi = new String(new byte[] {(byte) row, (byte) cell}, Charset.forName("GB2312"));
                if (hanzi.equals("\uFFFD")) {
                    continue;
                }
                checked++;
                if (font.canDisplayUpTo(hanzi) != -1) {
                    missing.add(hanzi);
                }
            }
        }
        assertThat(checked).isEqualTo(6763);
        assertThat(missing).isEmpty();
    }
}
