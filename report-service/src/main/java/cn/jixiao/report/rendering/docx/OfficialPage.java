package cn.jixiao.report.rendering.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of a Chinese official document (GB/T 9704): A4 portrait, the official margins, the page number
 * 「— 1 —」 in the footer and, on a draft, 草稿 in the header of every page.
 */
final class OfficialPage {

    static final String LANGUAGE = "zh-CN";
    /** A4 in twips (1/20 pt): 210 × 297 mm. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = twipsOfMillimetres(37);
    static final int MARGIN_BOTTOM = twipsOfMillimetres(35);
    static final int MARGIN_LEFT = twipsOfMillimetres(28);
    static final int MARGIN_RIGHT = twipsOfMillimetres(26);
    /** The width tables and text share: 8845 twips, 15.6 cm. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final String DRAFT_MARK = "草稿";

    private static final int HEADER_DISTANCE = twipsOfMillimetres(15);
    /** Puts the page number about 7 mm under the text block, where GB/T 9704 places it. */
    private static final int FOOTER_DISTANCE = twipsOfMillimetres(25);
    private static final RunStyle PAGE_NUMBER = RunStyle.of(Face.SONG, Size.SI_HAO);
    static final RunStyle DRAFT = RunStyle.of(Face.HEI, Size.SI_HAO).bold().red();

    private OfficialPage() {
    }

    static void apply(XWPFDocument document, boolean draft) {
        apply(document, draft ? DRAFT_MARK : null);
    }

    /** The official page, with {@code mark} (草稿, 未批复) in red at the head of every page; {@code null} for none. */
    static void apply(XWPFDocument document, String mark) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT));
        if (mark != null) {
            mark(document.createHeader(HeaderFooterType.DEFAULT), mark);
        }
    }

    /** 「— n —」 centred, n a PAGE field so every viewer counts the pages itself. */
    private static void pageNumber(XWPFFooter footer) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        PAGE_NUMBER.write(paragraph, "— ");
        field(paragraph, STFldCharType.BEGIN);
        PAGE_NUMBER.apply(paragraph.createRun());
        XWPFRun instruction = paragraph.getRuns().get(paragraph.getRuns().size() - 1);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(paragraph, STFldCharType.SEPARATE);
        PAGE_NUMBER.write(paragraph, "1");
        field(paragraph, STFldCharType.END);
        PAGE_NUMBER.write(paragraph, " —");
    }

    private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = paragraph.createRun();
        PAGE_NUMBER.apply(run);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void mark(XWPFHeader header, String mark) {
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        DRAFT.write(paragraph, mark);
    }

    /** 1 mm = 1440 / 25.4 twips, rounded to the nearest twip in integers. */
    static int twipsOfMillimetres(int millimetres) {
        return (millimetres * 14400 + 127) / 254;
    }
}
