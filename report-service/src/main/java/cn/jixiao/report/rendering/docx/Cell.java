package cn.jixiao.report.rendering.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import cn.jixiao.report.document.Block;

/**
 * What one table cell shows and how.
 *
 * @param merge {@code null}, or {@link STMerge#RESTART} on the first cell of a vertically merged group (e.g. the
 *              一级指标 产出指标) and {@link STMerge#CONTINUE} on the cells under it, which stay empty
 */
record Cell(String text, ParagraphAlignment alignment, RunStyle style, STMerge.Enum merge) {

    /** An optional text not given, such as a deviation note where there was no deviation, prints as an empty cell. */
    Cell {
        text = text == null ? "" : text;
    }

    static final RunStyle TEXT = RunStyle.of(Face.SONG, Size.WU_HAO);

    /** Running text, such as a 三级指标 or a deviation note. */
    static Cell text(String text) {
        return new Cell(text, ParagraphAlignment.LEFT, TEXT, null);
    }

    /** A label, a number or a short value. */
    static Cell centred(String text) {
        return new Cell(text, ParagraphAlignment.CENTER, TEXT, null);
    }

    static Cell header(String text) {
        return new Cell(text, ParagraphAlignment.CENTER, TEXT.bold(), null);
    }

    /** A value the street has not entered yet, marked like {@link Block.Unfilled} in the body. */
    static Cell unfilled() {
        return new Cell(Block.Unfilled.MARK, ParagraphAlignment.CENTER, TEXT.bold().marked(), null);
    }

    /** The text, or 「未填写」 marked when the street has not entered it. */
    static Cell centredOrUnfilled(String text) {
        return text == null ? unfilled() : centred(text);
    }

    Cell mergedDown() {
        return new Cell(text, alignment, style, STMerge.RESTART);
    }

    /** A cell covered by the merged cell above it. */
    static Cell mergedIntoAbove() {
        return new Cell("", ParagraphAlignment.CENTER, TEXT, STMerge.CONTINUE);
    }
}
