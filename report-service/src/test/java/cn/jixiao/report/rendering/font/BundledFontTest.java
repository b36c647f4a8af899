package cn.jixiao.report.rendering.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The report font travels with the service: TrueType outlines, embeddable, licensed, and covering the report's text. */
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
}
