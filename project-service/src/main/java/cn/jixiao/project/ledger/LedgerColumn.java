package cn.jixiao.project.ledger;

import java.util.Arrays;
import java.util.List;

/** The columns of a ledger file, in the order the template has them. */
enum LedgerColumn {
    DATE("日期", "date"),
    AMOUNT("金额（元）", "amount (yuan)"),
    CLASSIFICATION_CODE("经济分类编码", "economic classification code"),
    CLASSIFICATION_NAME("经济分类名称", "economic classification name"),
    PAYEE("收款方", "payee"),
    VOUCHER_NO("凭证号", "voucher number"),
    SUMMARY("摘要", "summary");

    /** The column an annotated copy of a rejected file adds; a re-upload of that copy may still carry it. */
    static final String ERRORS_HEADER = "错误说明";

    private final String header;
    private final String english;

    LedgerColumn(String header, String english) {
        this.header = header;
        this.english = english;
    }

    /** The Chinese header as the template prints it. */
    String header() {
        return header;
    }

    String english() {
        return english;
    }

    /** The spreadsheet column letter: A for the first. */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(LedgerColumn::header).toList();
    }

    /** Headers as people type them: half-width brackets and stray spaces still name the same column. */
    static String normalized(String header) {
        return header == null ? "" : header.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
