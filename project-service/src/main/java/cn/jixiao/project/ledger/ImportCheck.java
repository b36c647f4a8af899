package cn.jixiao.project.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.problems.Bilingual;

/**
 * Checks an uploaded ledger file as its rows stream by: the header first, then every data row, keeping
 * the entries that pass and every problem found, so the person who uploaded it can fix them all at once.
 * Voucher numbers repeated inside the file are problems too. A file that cannot be a ledger at all (wrong
 * columns, no rows, too many rows) is refused as a whole by an exception.
 */
final class ImportCheck implements SheetRows.Sink {

    /**
     * A file with more problems than this is no ledger at all (say, another table saved as one): it is refused as
     * a whole rather than listing them, so its problems never fill the memory one upload may take. It is refused
     * once all its rows are read, so that a file also too long is told that first.
     */
    static final int MAX_PROBLEMS = 20_000;

    private final RowValidator validator;
    private final int maxRows;
    private final List<LedgerLine> lines = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> firstRowOfVoucher = new HashMap<>();
    private boolean problemsOverflowed;
    private boolean headerSeen;
    private int dataRows;

    ImportCheck(LineRules rules, int maxRows) {
        this.validator = new RowValidator(rules);
        this.maxRows = maxRows;
    }

    @Override
    public void row(int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (!headerSeen) {
            checkHeader(cells);
            headerSeen = true;
            return;
        }
        if (++dataRows > maxRows) {
            throw LedgerFileRefusals.tooManyRows(maxRows);
        }
        String voucher = cell(cells, LedgerColumn.VOUCHER_NO);
        Integer firstRow = voucher.isEmpty() ? null : firstRowOfVoucher.putIfAbsent(voucher, number);
        RowValidator.Checked checked = validator.check(number, cells);
        addProblems(checked.problems());
        if (firstRow != null) {
            addProblems(List.of(new RowProblem(number, LedgerColumn.VOUCHER_NO, voucher, Bilingual.of(
                    "凭证号与第 " + firstRow + " 行重复", "The voucher number repeats row " + firstRow))));
        } else if (checked.line() != null) {
            lines.add(checked.line());
        }
    }

    @Override
    public void cellProblem(int row, int column, String value, Bilingual reason) {
        LedgerColumn ledgerColumn = column < LedgerColumn.values().length ? LedgerColumn.values()[column] : null;
        addProblems(List.of(new RowProblem(row, ledgerColumn, value, reason)));
    }

    /** Beyond the limit problems are no longer kept, only noted: the rows are still counted to the end. */
    private void addProblems(List<RowProblem> more) {
        if (problems.size() + more.size() > MAX_PROBLEMS) {
            problemsOverflowed = true;
        } else {
            problems.addAll(more);
        }
    }

    /** What the file holds, once every row has been read. */
    Outcome outcome() {
        if (dataRows == 0) {
            throw LedgerFileRefusals.empty();
        }
        if (problemsOverflowed) {
            throw LedgerFileRefusals.tooManyProblems(MAX_PROBLEMS);
        }
        problems.sort(Comparator.comparingInt(RowProblem::row)
                .thenComparingInt(problem -> problem.column() == null ? -1 : problem.column().ordinal()));
        return new Outcome(List.copyOf(lines), List.copyOf(problems), dataRows);
    }

    private void checkHeader(List<String> cells) {
        List<String> found = new ArrayList<>(cells.stream().map(LedgerColumn::normalized).toList());
        while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
            found.remove(found.size() - 1);
        }
        if (found.size() == LedgerColumn.values().length + 1 && found.get(found.size() - 1).equals(LedgerColumn.ERRORS_HEADER)) {
            found.remove(found.size() - 1); // the annotated copy of an earlier rejection, uploaded again after fixing
        }
        List<String> expected = LedgerColumn.headers();
        if (!found.equals(expected)) {
            List<String> missing = expected.stream().filter(header -> !found.contains(header)).toList();
            List<String> unexpected = found.stream().filter(header -> !expected.contains(header))
                    .map(header -> header.isEmpty() ? "（空白列 blank column）" : header).toList();
            throw LedgerFileRefusals.columns(found, missing, unexpected);
        }
    }

    private static String cell(List<String> cells, LedgerColumn column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()).strip() : "";
    }

    /**
     * @param lines    the entries that passed, in file order
     * @param problems every problem, of any row
     * @param rows     how many data rows the file has (blank rows not counted)
     */
    record Outcome(List<LedgerLine> lines, List<RowProblem> problems, int rows) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }
}
