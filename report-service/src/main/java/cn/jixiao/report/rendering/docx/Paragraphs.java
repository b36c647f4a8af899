package cn.jixiao.report.rendering.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** The paragraph layouts of an official document: body and headings on a fixed 28 pt line, titles centred. */
final class Paragraphs {

    /** 固定值28磅: with 三号 text this gives the 22 lines a page GB/T 9704 asks for. */
    static final int BODY_LINE_POINTS = 28;
    static final int TITLE_LINE_POINTS = 36;

    private Paragraphs() {
    }

    /**
     * A justified paragraph whose first line is indented two characters. The indent is written both in
     * characters (which Word and WPS follow, so it stays two characters at any size) and in twips (which
     * LibreOffice reads).
     */
    static XWPFParagraph indented(XWPFDocument document, Size size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBetween(BODY_LINE_POINTS, LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        CTPPr properties = paragraph.getCTPPr();
        CTInd indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
        indent.setFirstLineChars(BigInteger.valueOf(200));
        indent.setFirstLine(BigInteger.valueOf(2L * size.characterTwips()));
        return paragraph;
    }

    static XWPFParagraph centred(XWPFDocument document, int linePoints) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBetween(linePoints, LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** An empty line of body height, as official documents separate title, body and signature. */
    static void blankLine(XWPFDocument document) {
        centred(document, BODY_LINE_POINTS);
    }

    /**
     * The thinnest paragraph Word allows (1 pt, exact) between two tables that should read as one: without a
     * paragraph between them, Word would join the second table to the first.
     */
    static void tableJoint(XWPFDocument document) {
        XWPFParagraph paragraph = centred(document, 1);
        paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
    }

    /** Makes the paragraph a heading of the given level in the navigation pane and the outline, without a style. */
    static void outline(XWPFParagraph paragraph, int level) {
        paragraph.getCTPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    }
}
