package cn.jixiao.report.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.document.IndicatorGrouping;

/**
 * A form's indicator rows (the 自评表's, the 绩效目标表's, the 绩效监控表's) cut into the blocks a page break must not
 * cut through, the same in the PDF and in
 * Word. A block is a 一级 group: its 一级 cell is merged over all its rows and its 二级 groups inside it are merged
 * each over theirs, so a block kept on one page never shows a merged cell broken across two pages.
 *
 * <p>A 一级 group longer than {@link #MOST_ROWS_KEPT_TOGETHER} rows may not fit on a page below the form's header,
 * so it is cut at its 二级 groups instead, each a block of its own that names its 一级 again: a reader of the second
 * page still sees which 一级 the rows belong to, and no 二级 group is cut. A single 二级 group too long for a page
 * is the one case left to the renderer (its rows still never split).
 */
public record IndicatorBlocks<R extends IndicatorGrouping>(List<Block<R>> blocks) {

    /** A 一级 group of at most this many rows is kept whole: with the form's header it still fits on one A4 page. */
    public static final int MOST_ROWS_KEPT_TOGETHER = 15;

    public IndicatorBlocks {
        blocks = List.copyOf(blocks);
    }

    /** One block, printed with one merged 一级 cell: a whole 一级 group, or one 二级 group of a long one. */
    public record Block<R>(String category, List<Group<R>> groups) {

        public Block {
            groups = List.copyOf(groups);
        }

        public int rows() {
            return groups.stream().mapToInt(group -> group.rows().size()).sum();
        }
    }

    /** One 二级 group: the rows printed under one merged 二级 cell, in the form's order. */
    public record Group<R>(String dimension, List<R> rows) {

        public Group {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row where the table prints it: the block and the group it belongs to, and whether it opens them (where
     * the merged 一级 and 二级 cells start) or closes its block (the last row, which need not be kept with the next).
     * What every renderer walks, so the merging is worked out once.
     */
    public record Placed<R>(R row, Block<R> block, Group<R> group, boolean firstOfBlock, boolean firstOfGroup,
                            boolean lastOfBlock) {
    }

    /** Every row in the table's order, placed in its block and group. */
    public List<Placed<R>> placed() {
        List<Placed<R>> placed = new ArrayList<>();
        for (Block<R> block : blocks) {
            int left = block.rows();
            boolean firstOfBlock = true;
            for (Group<R> group : block.groups()) {
                boolean firstOfGroup = true;
                for (R row : group.rows()) {
                    placed.add(new Placed<>(row, block, group, firstOfBlock, firstOfGroup, --left == 0));
                    firstOfBlock = false;
                    firstOfGroup = false;
                }
            }
        }
        return placed;
    }

    /** The form's rows, already in its order (by 一级, then 二级), cut into blocks. */
    public static <R extends IndicatorGrouping> IndicatorBlocks<R> of(List<R> rows) {
        List<Block<R>> blocks = new ArrayList<>();
        for (Block<R> category : byCategory(rows)) {
            if (category.rows() <= MOST_ROWS_KEPT_TOGETHER) {
                blocks.add(category);
            } else {
                category.groups().forEach(group -> blocks.add(new Block<>(category.category(), List.of(group))));
            }
        }
        return new IndicatorBlocks<>(blocks);
    }

    private static <R extends IndicatorGrouping> List<Block<R>> byCategory(List<R> rows) {
        List<Block<R>> categories = new ArrayList<>();
        List<Group<R>> groups = new ArrayList<>();
        List<R> group = new ArrayList<>();
        R previous = null;
        for (R row : rows) {
            boolean newCategory = previous == null || !row.category().equals(previous.category());
            if (previous != null && (newCategory || !Objects.equals(row.dimension(), previous.dimension()))) {
                groups.add(new Group<>(previous.dimension(), group));
                group = new ArrayList<>();
            }
            if (previous != null && newCategory) {
                categories.add(new Block<>(previous.category(), groups));
                groups = new ArrayList<>();
            }
            group.add(row);
            previous = row;
        }
        if (previous != null) {
            groups.add(new Group<>(previous.dimension(), group));
            categories.add(new Block<>(previous.category(), groups));
        }
        return categories;
    }
}
