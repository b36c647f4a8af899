package cn.jixiao.report.rendering.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A bordered table across the text width with a fixed layout, so Word, WPS and LibreOffice all keep the widths
 * given rather than re-flowing the columns to their content. Rows belong to {@link Band}s; the table's grid is
 * the union of all bands' column edges and each cell spans the grid columns between its own edges.
 */
final class DocxTable {

    /** 0.5 pt, in eighths of a point. */
    private static final int BORDER = 4;
    private static final String BLACK = "000000";
    private static final int CELL_PADDING = 85;
    /**
     * Left and right padding of a cell together, with room for digits set wider than half a character: where
     * 宋体 is missing, a substitute face's digits take up to 0.6 of a character.
     */
    static final int HORIZONTAL_PADDING = 2 * CELL_PADDING + 150;

    private final XWPFTable table;
    private final int[] gridEdges;

    private DocxTable(XWPFTable table, int[] gridEdges) {
        this.table = table;
        this.gridEdges = gridEdges;
    }

    static DocxTable create(XWPFDocument document, List<Band> bands) {
        int width = bands.get(0).total();
        TreeSet<Integer> edges = new TreeSet<>();
        for (Band band : bands) {
            if (band.total() != width) {
                throw new IllegalArgumentException(band + " is not " + width + " twips wide");
            }
            for (int column = 0; column <= band.columns(); column++) {
                edges.add(band.offset(column));
            }
        }
        XWPFTable table = document.createTable();
        table.removeRow(0);
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(width));
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setTopBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setRightBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setInsideHBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setInsideVBorder(XWPFBorderType.SINGLE, BORDER, 0, BLACK);
        table.setCellMargins(0, CELL_PADDING, 0, CELL_PADDING);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] gridEdges = edges.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 1; i < gridEdges.length; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(gridEdges[i] - gridEdges[i - 1]));
        }
        return new DocxTable(table, gridEdges);
    }

    Row row(Band band) {
        return new Row(table.insertNewTableRow(table.getNumberOfRows()), band);
    }

    private int gridColumnsBetween(int from, int to) {
        int columns = 0;
        for (int i = 0; i < gridEdges.length - 1; i++) {
            if (gridEdges[i] >= from && gridEdges[i] < to) {
                columns++;
            }
        }
        return columns;
    }

    /** One table row, filled left to right. */
    final class Row {

        private final XWPFTableRow row;
        private final Band band;
        private boolean keptWithNext;

        private Row(XWPFTableRow row, Band band) {
            this.row = row;
            this.band = band;
            // A row that breaks across pages tears a form line in two; keep each row whole.
            row.setCantSplitRow(true);
        }

        /** Repeats this row at the top of every page the table runs onto. */
        Row repeatedAsHeader() {
            row.setRepeatHeader(true);
            return this;
        }

        /**
         * Keeps this row on the page of the next one: Word, WPS and LibreOffice move rows whose paragraphs are all
         * 「与下段同页」 (keepNext) together with the row after them, which is how a group of rows (cells merged
         * over them) stays whole. Call before adding the cells.
         */
        Row keptWithNext() {
            keptWithNext = true;
            return this;
        }

        Row cell(int column, Cell content) {
            return cell(column, column, content);
        }

        /** A cell over the band's columns {@code fromColumn} to {@code toColumn}, both included. */
        Row cell(int fromColumn, int toColumn, Cell content) {
            int from = band.offset(fromColumn);
            int to = band.offset(toColumn + 1);
            XWPFTableCell cell = row.createCell();
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            properties.addNewTcW().setW(BigInteger.valueOf(to - from));
            properties.getTcW().setType(STTblWidth.DXA);
            int span = gridColumnsBetween(from, to);
            if (span > 1) {
                properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            if (content.merge() != null) {
                properties.addNewVMerge().setVal(content.merge());
            }
            properties.addNewVAlign().setVal(STVerticalJc.CENTER);
            write(cell, content);
            return this;
        }

        private void write(XWPFTableCell cell, Cell content) {
            String[] lines = content.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.setAlignment(content.alignment());
                paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
                if (keptWithNext) {
                    paragraph.getCTPPr().addNewKeepNext();
                }
                if (!lines[i].isEmpty()) {
                    content.style().write(paragraph, lines[i]);
                }
            }
        }
    }
}
