package cn.jixiao.report.rendering.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * How a run of text is set: face, size, weight and, for marks such as 「未填写」 and 草稿, colour and highlight.
 *
 * <p>The face is written into all four {@code rFonts} slots with {@code hint="eastAsia"}, and the language as
 * {@code eastAsia="zh-CN"}: Word and WPS take a Chinese character's face from {@code eastAsia} only, and would
 * otherwise fall back to the theme's face. The properties are added in the schema's order (rFonts, b, color,
 * sz, highlight, lang), because POI appends them as called and Word rejects run properties out of order.
 */
record RunStyle(Face face, Size size, boolean boldface, String colour, STHighlightColor.Enum highlight) {

    static final String RED = "C00000";

    static RunStyle of(Face face, Size size) {
        return new RunStyle(face, size, false, null, null);
    }

    RunStyle bold() {
        return new RunStyle(face, size, true, colour, highlight);
    }

    /** Red on yellow: a part still to write, seen at a glance in any viewer, printed or not. */
    RunStyle marked() {
        return new RunStyle(face, size, boldface, RED, STHighlightColor.YELLOW);
    }

    RunStyle red() {
        return new RunStyle(face, size, boldface, RED, highlight);
    }

    void apply(XWPFRun run) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(face.fontName());
        fonts.setHAnsi(face.fontName());
        fonts.setEastAsia(face.fontName());
        fonts.setCs(face.fontName());
        fonts.setHint(STHint.EAST_ASIA);
        if (boldface) {
            properties.addNewB();
            properties.addNewBCs();
        }
        if (colour != null) {
            properties.addNewColor().setVal(colour);
        }
        BigInteger halfPoints = BigInteger.valueOf(Math.round(size.points() * 2));
        properties.addNewSz().setVal(halfPoints);
        properties.addNewSzCs().setVal(halfPoints);
        if (highlight != null) {
            properties.addNewHighlight().setVal(highlight);
        }
        properties.addNewLang().setEastAsia(OfficialPage.LANGUAGE);
    }

    XWPFRun write(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        apply(run);
        run.setText(text);
        return run;
    }
}
