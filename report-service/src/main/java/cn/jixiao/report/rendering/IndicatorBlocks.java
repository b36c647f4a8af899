package cn.jixiao.report.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/**
 * The 自评表's indicator rows cut into the blocks a page break must not cut through, the same in the PDF and in
 * Word. A block is a 一级 group: its 一级 cell is merged over all its rows and its 二级 groups inside it are merged
 * each over theirs, so a block kept on one page never shows a merged cell broken across two pages.
 *
 * <p>A 一级 group longer than {@link #MOST_ROWS_KEPT_TOGETHER} rows may not fit on a page below the form's header,
 * so it is cut at its 二级 groups instead, each a block of its own that names its 一级 again: a reader of the second
 * page still sees which 一级 the rows belong to, and no 二级 group is cut. A single 二级 group too long for a page
 * is the one case left to the renderer (its rows still never split).
 */
public record IndicatorBlocks(List<Block> blocks) {

    /** A 一级 group of at most this many rows is kept whole: with the form's header it still fits on one A4 page. */
    public static final int MOST_ROWS_KEPT_TOGETHER = 15;

    public IndicatorBlocks {
        blocks = List.copyOf(blocks);
    }

    /** One block, printed with one merged 一级 cell: a whole 一级 group, or one 二级 group of a long one. */
    public record Block(String category, List<Group> groups) {

        public Block {
            groups = List.copyOf(groups);
        }

        public int rows() {
            return groups.stream().mapToInt(group -> group.rows().size()).sum();
        }
    }

    /** One 二级 group: the rows printed under one merged 二级 cell, in the form's order. */
    public record Group(String dimension, List<IndicatorRow> rows) {

        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** The form's rows, already in its order (by 一级, then 二级), cut into blocks. */
    public static IndicatorBlocks of(List<IndicatorRow> rows) {
        List<Block> blocks = new ArrayList<>();
        for (Block category : byCategory(rows)) {
            if (category.rows() <= MOST_ROWS_KEPT_TOGETHER) {
                blocks.add(category);
            } else {
                category.groups().forEach(group -> blocks.add(new Block(category.category(), List.of(group))));
            }
        }
        return new IndicatorBlocks(blocks);
    }

    private static List<Block> byCategory(List<IndicatorRow> rows) {
        List<Block> categories = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<IndicatorRow> group = new ArrayList<>();
        IndicatorRow previous = null;
        for (IndicatorRow row : rows) {
            boolean newCategory = previous == null || !row.category().equals(previous.category());
            if (previous != null && (newCategory || !Objects.equals(row.dimension(), previous.dimension()))) {
                groups.add(new Group(previous.dimension(), group));
                group = new ArrayList<>();
            }
            if (previous != null && newCategory) {
                categories.add(new Block(previous.category(), groups));
                groups = new ArrayList<>();
            }
            group.add(row);
            previous = row;
        }
        if (previous != null) {
            groups.add(new Group(previous.dimension(), group));
            categories.add(new Block(previous.category(), groups));
        }
        return categories;
    }
}
