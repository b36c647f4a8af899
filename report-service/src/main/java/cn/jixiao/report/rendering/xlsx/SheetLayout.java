package cn.jixiao.report.rendering.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How the service's sheets are laid out for the screen and the printer, the same on every sheet. */
final class SheetLayout {

    private SheetLayout() {
    }

    /** Column widths in characters; a Chinese character takes two. */
    static void widths(Sheet sheet, int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }

    /** A4 landscape, one page wide and as many long as the rows need: a column never runs onto a page of its own. */
    static void printedOnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
