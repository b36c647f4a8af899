package cn.jixiao.project.ledger;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * An import refused because of its rows: nothing was saved. The problem lists the first problems as
 * (row, column, value, reason) and names the annotated workbook that marks every one of them.
 */
final class ImportRejected extends ProblemException {

    private final String importId;

    ImportRejected(String importId, String annotatedUrl, String fileName, int rows, List<RowProblem> problems, int shown) {
        super(HttpStatus.BAD_REQUEST, "ledger-import-rejected",
                Bilingual.of("导入未通过校验，未保存任何数据", "Import rejected; nothing was saved"),
                Bilingual.of("“" + fileName + "”共 " + rows + " 行，发现 " + problems.size() + " 处问题。整个文件未导入，请按错误说明修改后重新导入",
                        "\"" + fileName + "\" has " + rows + " rows and " + problems.size()
                                + " problem(s). Nothing was imported; fix them as the annotated workbook shows and import again"));
        this.importId = importId;
        with("importId", importId);
        with("fileName", fileName);
        with("rowCount", rows);
        with("errorCount", problems.size());
        with("errorsShown", Math.min(shown, problems.size()));
        with("annotatedWorkbook", annotatedUrl);
        with("errors", problems.stream().limit(shown).map(ImportError::of).toList());
    }

    String importId() {
        return importId;
    }

    /**
     * One problem as the API lists it.
     *
     * @param row    the spreadsheet row (the header is row 1)
     * @param column the column's header, empty for a problem of the whole row
     * @param cell   the cell reference, e.g. B7
     * @param value  the content as uploaded
     * @param reason 中文 / English
     */
    record ImportError(int row, String column, String cell, String value, String reason) {

        static ImportError of(RowProblem problem) {
            return new ImportError(problem.row(), problem.column() == null ? "" : problem.column().header(), problem.cell(),
                    problem.value(), problem.reason().combined());
        }
    }
}
