package cn.jixiao.report.rendering.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.ReportDocument;

/**
 * The report from its title to the signing unit: the two centred title lines, the numbered sections and the
 * 实施单位 right-aligned under the text.
 */
final class ReportBody {

    private static final RunStyle TITLE = RunStyle.of(Face.SONG, Size.ER_HAO).bold();
    private static final RunStyle BODY = RunStyle.of(Face.FANGSONG, Size.SAN_HAO);
    private static final RunStyle UNFILLED = BODY.bold().marked();
    /** 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, as GB/T 9704 sets the three heading levels. */
    private static final RunStyle[] HEADINGS = {
            RunStyle.of(Face.HEI, Size.SAN_HAO),
            RunStyle.of(Face.KAI, Size.SAN_HAO),
            BODY.bold()};

    private ReportBody() {
    }

    static void write(XWPFDocument document, ReportDocument report) {
        TITLE.write(Paragraphs.centred(document, Paragraphs.TITLE_LINE_POINTS), report.projectName());
        TITLE.write(Paragraphs.centred(document, Paragraphs.TITLE_LINE_POINTS), report.documentName());
        Paragraphs.blankLine(document);
        for (Block block : report.body()) {
            write(document, block);
        }
        if (report.issuer() != null) {
            Paragraphs.blankLine(document);
            XWPFParagraph signature = Paragraphs.indented(document, Size.SAN_HAO);
            signature.setAlignment(ParagraphAlignment.RIGHT);
            BODY.write(signature, report.issuer());
        }
    }

    private static void write(XWPFDocument document, Block block) {
        if (block instanceof Block.Heading heading) {
            XWPFParagraph paragraph = Paragraphs.indented(document, Size.SAN_HAO);
            Paragraphs.outline(paragraph, heading.level());
            HEADINGS[heading.level() - 1].write(paragraph, heading.printed());
        } else if (block instanceof Block.Paragraph paragraph) {
            BODY.write(Paragraphs.indented(document, Size.SAN_HAO), paragraph.text());
        } else if (block instanceof Block.Unfilled) {
            UNFILLED.write(Paragraphs.indented(document, Size.SAN_HAO), Block.Unfilled.MARK);
        } else if (block instanceof Block.Table table) {
            BodyTables.write(document, table.caption(), table.header(), table.rows());
        } else if (block instanceof Block.Chart chart) {
            DocxChart.write(document, chart);
        } else {
            throw new IllegalArgumentException("No DOCX layout for " + block);
        }
    }
}
