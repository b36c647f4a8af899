package cn.jixiao.uploads;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Refusals of an uploaded spreadsheet that breaks one of its {@link WorkbookLimits}. Each names the limit (in the
 * text and as {@code limit} and {@code maxValue}), so the person knows what to split or simplify, and a client
 * can tell the limits apart.
 */
public final class UploadRefusals {

    private static final Bilingual TITLE = Bilingual.of("上传文件超出限制", "The upload exceeds a limit");

    private UploadRefusals() {
    }

    public static ProblemException tooManyRows(int max) {
        return refused("upload-too-many-rows", "maxRows", max, Bilingual.of(
                "文件超过 " + max + " 行，请拆分为多个文件", "The file has more than " + max + " rows; split it"));
    }

    public static ProblemException tooManyColumns(int max, String where) {
        return refused("upload-too-many-columns", "maxColumns", max, Bilingual.of(
                where + " 超出第 " + max + " 列，工作表最多 " + max + " 列",
                where + " lies beyond column " + max + "; a sheet has at most " + max + " columns"));
    }

    public static ProblemException cellTooLong(int max, String where) {
        return refused("upload-cell-too-long", "maxCellChars", max, Bilingual.of(
                where + " 的内容超过 " + max + " 个字符（引号未闭合的 CSV 也会如此）",
                where + " holds more than " + max + " characters (as a CSV quote never closed does)"));
    }

    public static ProblemException tooManySharedStrings(int maxStrings, long maxChars) {
        return refused("upload-too-many-strings", "maxSharedStrings", maxStrings, Bilingual.of(
                "工作簿的共享字符串超过 " + maxStrings + " 个或共 " + maxChars + " 个字符",
                "The workbook's shared strings exceed " + maxStrings + " entries or " + maxChars + " characters"))
                .with("maxSharedStringChars", maxChars);
    }

    /** More text than one upload may keep in memory while it is checked, however it is spread over the cells. */
    public static ProblemException tooMuchText(long maxChars) {
        return refused("upload-too-much-text", "maxTextChars", maxChars, Bilingual.of(
                "文件中的文字共超过 " + maxChars + " 个字符，请拆分为多个文件",
                "The file holds more than " + maxChars + " characters of text; split it"));
    }

    /** Unpacked far beyond any real sheet: a ZIP bomb, or a sheet that belongs in several files. */
    public static ProblemException partTooLarge(String part, long maxBytes) {
        String size = DataSize.ofBytes(maxBytes).toMegabytes() + " MB";
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "upload-unpacked-too-large",
                TITLE, Bilingual.of("工作簿中的 " + part + " 解压后超过 " + size,
                "The workbook's " + part + " unpacks to more than " + size))
                .with("limit", "maxPartBytes").with("maxValue", maxBytes);
    }

    public static ProblemException markupTooLong(String part, int maxBytes) {
        return refused("upload-xml-token-too-long", "maxMarkupBytes", maxBytes, Bilingual.of(
                "工作簿的 " + part + " 中有超过 " + maxBytes + " 字节的 XML 标记、注释或 CDATA 段",
                "The workbook's " + part + " holds an XML tag, comment or CDATA section of more than " + maxBytes + " bytes"));
    }

    /** XXE and entity expansion ("billion laughs") both need a DTD; no spreadsheet program writes one. */
    public static ProblemException doctype(String part) {
        return refused("upload-xml-doctype", "noDoctype", 0, Bilingual.of(
                "工作簿的 " + part + " 含 DTD（DOCTYPE / 实体声明），不予读取",
                "The workbook's " + part + " declares a DTD (DOCTYPE or entities); it is not read"));
    }

    private static ProblemException refused(String code, String limit, long max, Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, TITLE, detail).with("limit", limit).with("maxValue", max);
    }
}
