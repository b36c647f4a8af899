package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;

import cn.jixiao.contracts.money.Yuan;

/**
 * Where exact amounts become spreadsheet numbers. A spreadsheet stores every number as a binary double, so the
 * conversion happens here once, at the cell, from the exact decimal: {@link BigDecimal#doubleValue()} gives the
 * double nearest the decimal, which Excel, WPS and LibreOffice show back as that decimal. No sum, ratio or unit
 * change is ever computed in double.
 */
final class ExcelNumbers {

    private ExcelNumbers() {
    }

    /**
     * The amount in 万元, all of it: 1 元 is 0.0001 万元, so moving the point four places is exact and keeps
     * the 分 (six decimals). The cell shows two decimals as the form prints them, while a person's SUM over the
     * column still adds up to the totals row, which rounding each row first would not.
     */
    static double wan(Yuan amount) {
        return amount.amount().movePointLeft(4).doubleValue();
    }

    /** A rate given in percent (100.00) as the fraction a percent-formatted cell holds (1.0000), exactly. */
    static double fraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }

    static double decimal(BigDecimal value) {
        return value.doubleValue();
    }
}
