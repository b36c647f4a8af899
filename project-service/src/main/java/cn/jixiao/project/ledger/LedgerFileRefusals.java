package cn.jixiao.project.ledger;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/** Refusals of an uploaded ledger file as a whole, before any of its rows is looked at one by one. */
final class LedgerFileRefusals {

    private static final Bilingual TITLE = Bilingual.of("导入文件无法使用", "The uploaded file cannot be imported");

    private LedgerFileRefusals() {
    }

    static ProblemException notXlsx(String fileName) {
        return refused("ledger-not-xlsx", Bilingual.of(
                "文件“" + fileName + "”不是有效的 Excel 2007+（.xlsx）工作簿，可能是其他文件改了扩展名，请在 Excel 中另存为 .xlsx 后再导入",
                "\"" + fileName + "\" is not a real Excel (.xlsx) workbook, perhaps another file renamed; save it as .xlsx in Excel and import again"));
    }

    static ProblemException legacyXls(String fileName) {
        return refused("ledger-legacy-xls", Bilingual.of(
                "文件“" + fileName + "”是旧版 Excel（.xls）或加密的工作簿，请在 Excel 中另存为未加密的 .xlsx 后再导入",
                "\"" + fileName + "\" is an old Excel (.xls) or encrypted workbook; save it as an unencrypted .xlsx and import again"));
    }

    static ProblemException unsupported(String fileName) {
        return refused("ledger-unsupported-file", Bilingual.of(
                "只能导入 .xlsx 或 .csv 文件，“" + fileName + "”两者都不是",
                "Only .xlsx and .csv files can be imported; \"" + fileName + "\" is neither"));
    }

    static ProblemException empty() {
        return refused("ledger-empty", Bilingual.of(
                "文件中没有支出明细：第一个工作表为空，或只有表头",
                "The file holds no entries: the first sheet is empty or has only the header"));
    }

    static ProblemException columns(List<String> found, List<String> missing, List<String> unexpected) {
        String zh = "表头应为：" + String.join(" | ", LedgerColumn.headers()) + "。";
        String en = "The header must read: " + String.join(" | ", LedgerColumn.headers()) + ".";
        if (!missing.isEmpty()) {
            zh += " 缺少列：" + String.join("、", missing) + "。";
            en += " Missing: " + String.join(", ", missing) + ".";
        }
        if (!unexpected.isEmpty()) {
            zh += " 多余或无法识别的列：" + String.join("、", unexpected) + "。";
            en += " Unexpected: " + String.join(", ", unexpected) + ".";
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            zh += " 列的顺序不对，请按模板顺序排列。";
            en += " The columns are in the wrong order; keep the template's order.";
        }
        return refused("ledger-columns", Bilingual.of(zh + " 请下载模板核对", en + " Download the template to compare"))
                .with("expectedColumns", LedgerColumn.headers())
                .with("foundColumns", found)
                .with("missingColumns", missing)
                .with("unexpectedColumns", unexpected);
    }

    static ProblemException tooManyRows(int limit) {
        return refused("ledger-too-many-rows", Bilingual.of(
                "文件超过 " + limit + " 行支出明细，请拆分为多个文件分批导入",
                "The file has more than " + limit + " entry rows; split it into several files"))
                .with("maxRows", limit);
    }

    static ProblemException tooManyProblems(int limit) {
        return refused("ledger-too-many-problems", Bilingual.of(
                "文件中有超过 " + limit + " 处错误，不像是支出明细，请下载模板核对后再导入",
                "The file has more than " + limit + " problems and does not look like a ledger; compare it with the template"))
                .with("limit", "maxProblems").with("maxValue", limit);
    }

    static ProblemException tooLarge(DataSize limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "ledger-upload-too-large",
                Bilingual.of("上传文件过大", "Upload too large"),
                Bilingual.of("上传文件不能超过 " + limit.toMegabytes() + " MB", "The upload may not exceed " + limit.toMegabytes() + " MB"))
                .with("maxBytes", limit.toBytes()).with("limit", "maxUploadSize").with("maxValue", limit.toBytes());
    }

    static ProblemException unreadable(String fileName) {
        return refused("ledger-unreadable", Bilingual.of(
                "文件“" + fileName + "”已损坏或无法读取，请在 Excel 中重新保存后再导入",
                "\"" + fileName + "\" is damaged or cannot be read; save it again in Excel and retry"));
    }

    static ProblemException missingFile() {
        return refused("ledger-no-file", Bilingual.of("请在表单字段 file 中上传文件", "Upload the file in the form field \"file\""));
    }

    private static ProblemException refused(String code, Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, TITLE, detail);
    }
}
