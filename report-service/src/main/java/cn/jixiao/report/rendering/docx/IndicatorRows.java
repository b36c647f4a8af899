package cn.jixiao.report.rendering.docx;

import java.util.List;
import java.util.function.BiConsumer;

import cn.jixiao.report.document.IndicatorGrouping;
import cn.jixiao.report.rendering.IndicatorBlocks;

/**
 * A form's indicator rows under their merged 一级 and 二级 cells (the first two columns), the same on every form:
 * a block's 一级 cell opens at its first row and covers the block, a 二级 cell covers its group, and every row of a
 * block but its last is kept with the next, so a page break falls only between {@link IndicatorBlocks} and never
 * through a merged cell. The form fills the remaining columns of each row.
 */
final class IndicatorRows {

    private IndicatorRows() {
    }

    static <R extends IndicatorGrouping> void write(DocxTable table, Band band, List<R> rows,
                                                          BiConsumer<DocxTable.Row, R> columns) {
        for (IndicatorBlocks.Placed<R> placed : IndicatorBlocks.of(rows).placed()) {
            DocxTable.Row line = table.row(band);
            if (!placed.lastOfBlock()) {
                line.keptWithNext();
            }
            line.cell(0, placed.firstOfBlock() ? Cell.centred(placed.block().category()).mergedDown()
                            : Cell.mergedIntoAbove())
                    .cell(1, placed.firstOfGroup() ? Cell.centred(placed.group().dimension()).mergedDown()
                            : Cell.mergedIntoAbove());
            columns.accept(line, placed.row());
        }
    }
}
