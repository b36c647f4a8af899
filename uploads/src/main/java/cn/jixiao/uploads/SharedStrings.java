package cn.jixiao.uploads;

/**
 * A workbook's shared-string table, kept as one run of characters and the offsets where each string starts:
 * four bytes per entry beyond the text, never an object per string, and never more than the limits allow.
 */
final class SharedStrings {

    private final int maxStrings;
    private final long maxChars;
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[1024];
    private int count;

    SharedStrings(int maxStrings, long maxChars) {
        this.maxStrings = maxStrings;
        this.maxChars = maxChars;
    }

    /** Whether {@code more} characters still fit in the table. */
    boolean fits(long more) {
        return text.length() + more <= maxChars;
    }

    void add(CharSequence string) {
        if (count >= maxStrings || !fits(string.length())) {
            throw UploadRefusals.tooManySharedStrings(maxStrings, maxChars);
        }
        if (count == starts.length) {
            int[] grown = new int[Math.min(maxStrings, starts.length * 2)];
            System.arraycopy(starts, 0, grown, 0, count);
            starts = grown;
        }
        starts[count++] = text.length();
        text.append(string);
    }

    /** The string at {@code index}, or {@code null} for an index the table does not have. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int end = index + 1 < count ? starts[index + 1] : text.length();
        return text.substring(starts[index], end);
    }

    int size() {
        return count;
    }
}
