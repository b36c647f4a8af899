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
        // a typed cell is a few dozen characters; a sheet's XML is some 60 bytes per cell besides its text
        long stringChars = Math.min(16_000_000L, Math.max(1_000_000L, cells * 32));
        long partBytes = Math.min(64L * 1024 * 1024, Math.max(8L * 1024 * 1024, cells * 100));
        int strings = (int) Math.min(1_000_000L, Math.max(10_000L, cells));
        return new WorkbookLimits(maxRows, maxColumns, EXCEL_CELL_CHARS, strings, stringChars, partBytes,
                4L * 1024 * 1024, 256 * 1024);
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
