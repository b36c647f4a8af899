package cn.jixiao.report.archive;

/**
 * One rendered file of a stored version, kept in the GridFS bucket {@value ReportFiles#BUCKET}.
 *
 * @param fileName the download name, e.g. 「创建全省民族团结进步示范街道专项资金项目支出绩效自评报告（第1版）.pdf」
 */
public record StoredFile(String format, String fileId, String fileName, String contentType, String sha256, long size) {
}
