package cn.jixiao.report.rendering.html;

import java.util.List;
import java.util.function.BiConsumer;

import cn.jixiao.report.document.IndicatorGrouping;
import cn.jixiao.report.rendering.IndicatorBlocks;
import cn.jixiao.report.rendering.html.Xhtml.Element;

import static cn.jixiao.report.rendering.html.SelfEvaluationFormHtml.cell;

/**
 * A form's indicator rows under their 一级 and 二级 cells, the same on every form: one body per
 * {@link IndicatorBlocks.Block}, which a page break never cuts, its 一级 cell spanning the block and each 二级 cell
 * its group, merged only inside it. The form fills the remaining cells of each row.
 */
final class IndicatorBodies {

    /** For a form with nothing before the 一级 column. */
    static final BiConsumer<Element, IndicatorBlocks.Block<?>> NO_LABEL = (row, block) -> { };

    private IndicatorBodies() {
    }

    /**
     * @param beforeBlock writes the cells a block's first row has before its 一级 cell (e.g. a label column)
     * @param columns     writes a row's cells after its 二级 cell
     */
    static <R extends IndicatorGrouping> void write(Element table, List<R> rows,
                                                          BiConsumer<Element, IndicatorBlocks.Block<?>> beforeBlock,
                                                          BiConsumer<Element, R> columns) {
        Element body = null;
        for (IndicatorBlocks.Placed<R> placed : IndicatorBlocks.of(rows).placed()) {
            if (placed.firstOfBlock()) {
                body = table.child("tbody").cssClass("kept-together");
            }
            Element row = body.child("tr");
            if (placed.firstOfBlock()) {
                beforeBlock.accept(row, placed.block());
                cell(row, "td", placed.block().category(), 1, placed.block().rows());
            }
            if (placed.firstOfGroup()) {
                cell(row, "td", placed.group().dimension(), 1, placed.group().rows().size());
            }
            columns.accept(row, placed.row());
        }
    }
}
