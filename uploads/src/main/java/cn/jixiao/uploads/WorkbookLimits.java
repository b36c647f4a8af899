package cn.jixiao.uploads;

/**
 * The hard limits under which an uploaded spreadsheet (XLSX or CSV) is read. Every limit is checked while the
 * file streams by, so a file that breaks one is refused as soon as it does, whatever its size on disk; memory
 * therefore stays bounded by these numbers, never by what a file claims.
 *
 * @param maxRows              rows (records of a CSV) read before the file is refused
 * @param maxColumns           the highest column a cell may be in (a cell reference such as {@code XFD1} points far
 *                             to the right; nothing is padded beyond this)
 * @param maxCellChars         characters of one cell (Excel itself holds at most 32,767)
 * @param maxSharedStrings     entries of an XLSX's shared-string table
 * @param maxSharedStringChars characters of all shared strings together
 * @param maxPartBytes         unpacked bytes of one XML part of an XLSX (the sheet, the shared strings): a ZIP bomb
 *                             inflates far beyond this
 * @param maxSmallPartBytes    unpacked bytes of the XLSX's directory parts (relationships, workbook, styles)
 * @param maxMarkupBytes       bytes of one XML tag, comment or CDATA section, which an XML parser holds whole
 */
public record WorkbookLimits(int maxRows, int maxColumns, int maxCellChars, int maxSharedStrings,
                             long maxSharedStringChars, long maxPartBytes, long maxSmallPartBytes, int maxMarkupBytes) {

    /** Excel's own limit on the characters of a cell. */
    public static final int EXCEL_CELL_CHARS = 32_767;

    public WorkbookLimits {
        if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxSharedStrings < 0 || maxSharedStringChars < 0
                || maxPartBytes < 1 || maxSmallPartBytes < 1 || maxMarkupBytes < 1) {
            throw new IllegalArgumentException("every workbook limit is positive");
        }
    }

    /**
     * Limits for a sheet of at most {@code maxRows} rows and {@code maxColumns} columns. The others follow from
     * them: a legitimate sheet of that shape keeps well inside, a hostile one is stopped long before it could
     * fill a few hundred megabytes of heap.
     */
    public static WorkbookLimits of(int maxRows, int maxColumns) {
        long cells = (long) maxRows * maxColumns;
        // a sheet's XML takes some 35 bytes a cell, and most cells of a real sheet are empty or repeat a string; a
        // refusal costs reading up to these limits, so they stay small enough to be reached within a second
        long partBytes = clamp(cells * 10, 8L * 1024 * 1024, 48L * 1024 * 1024);
        int strings = (int) clamp(cells / 4, 10_000, 500_000);
        long stringChars = clamp(cells * 8, 1_000_000, 8_000_000);
        return new WorkbookLimits(maxRows, maxColumns, EXCEL_CELL_CHARS, strings, stringChars, partBytes,
                4L * 1024 * 1024, 256 * 1024);
    }

    private static long clamp(long value, long least, long most) {
        return Math.max(least, Math.min(most, value));
    }

    public WorkbookLimits withCellChars(int chars) {
        return new WorkbookLimits(maxRows, maxColumns, chars, maxSharedStrings, maxSharedStringChars, maxPartBytes,
                maxSmallPartBytes, maxMarkupBytes);
    }

    public WorkbookLimits withPartBytes(long bytes) {
        return new WorkbookLimits(maxRows, maxColumns, maxCellChars, maxSharedStrings, maxSharedStringChars, bytes,
                maxSmallPartBytes, maxMarkupBytes);
    }

    public WorkbookLimits withSharedStrings(int strings, long chars) {
        return new WorkbookLimits(maxRows, maxColumns, maxCellChars, strings, chars, maxPartBytes,
                maxSmallPartBytes, maxMarkupBytes);
    }
}
