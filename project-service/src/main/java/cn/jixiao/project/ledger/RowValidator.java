package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.Bilingual;

/** Checks one data row of an uploaded ledger file: every cell against {@link LineRules}, every problem reported. */
final class RowValidator {

    private final LineRules rules;

    RowValidator(LineRules rules) {
        this.rules = rules;
    }

    /** The row's entry if every cell passes, and otherwise each cell's problem. */
    Checked check(int row, List<String> cells) {
        List<RowProblem> problems = new ArrayList<>();
        Cells values = new Cells(row, cells, problems);

        LocalDate date = values.required(LedgerColumn.DATE).flatMap(text -> values.parsed(LedgerColumn.DATE, text,
                CellValues.date(text), Bilingual.of("日期格式无法识别，请填写如 " + rules.year() + "-03-15",
                        "Not a date; write it like " + rules.year() + "-03-15")))
                .flatMap(parsed -> values.passes(LedgerColumn.DATE, rules.date(parsed), parsed)).orElse(null);
        values.showDatesAsDates();
        BigDecimal amount = values.required(LedgerColumn.AMOUNT).flatMap(text -> values.parsed(LedgerColumn.AMOUNT, text,
                CellValues.amount(text), Bilingual.of("金额不是数字", "The amount is not a number")))
                .flatMap(parsed -> values.passes(LedgerColumn.AMOUNT, rules.amount(parsed), parsed)).orElse(null);
        String code = values.required(LedgerColumn.CLASSIFICATION_CODE).map(CellValues::code).orElse(null);
        String name = null;
        if (code != null) {
            LineRules.Classification classification = rules.classification(code, values.text(LedgerColumn.CLASSIFICATION_NAME));
            if (classification.isKnown()) {
                name = classification.name();
            } else {
                LedgerColumn blamed = rules.classification(code, null).isKnown()
                        ? LedgerColumn.CLASSIFICATION_NAME : LedgerColumn.CLASSIFICATION_CODE;
                problems.add(new RowProblem(row, blamed, values.text(blamed), classification.problem()));
            }
        }
        String payee = values.required(LedgerColumn.PAYEE).flatMap(text -> values.passes(LedgerColumn.PAYEE, rules.payee(text), text)).orElse(null);
        String voucher = values.required(LedgerColumn.VOUCHER_NO).flatMap(text -> values.passes(LedgerColumn.VOUCHER_NO, rules.voucher(text), text)).orElse(null);
        String summary = values.required(LedgerColumn.SUMMARY).flatMap(text -> values.passes(LedgerColumn.SUMMARY, rules.summary(text), text)).orElse(null);

        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new LedgerLine(date, new Yuan(amount), code, name, payee, voucher, summary, row), List.of());
    }

    /** A checked row: an entry, or the problems that keep it out. */
    record Checked(LedgerLine line, List<RowProblem> problems) {
    }

    /** One row's cells, trimmed, noting each problem as it is found. */
    private record Cells(int row, List<String> cells, List<RowProblem> problems) {

        /** A date cell of an XLSX arrives as Excel's day number; a problem shows it as the date the person sees. */
        void showDatesAsDates() {
            String text = text(LedgerColumn.DATE);
            if (CellValues.isSerial(text)) {
                CellValues.date(text).ifPresent(date -> problems.replaceAll(problem -> problem.column() == LedgerColumn.DATE
                        ? new RowProblem(problem.row(), problem.column(), date.toString(), problem.reason()) : problem));
            }
        }

        String text(LedgerColumn column) {
            int index = column.ordinal();
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        Optional<String> required(LedgerColumn column) {
            String text = text(column);
            if (text.isEmpty()) {
                problems.add(new RowProblem(row, column, "", LineRules.missing(column)));
                return Optional.empty();
            }
            return Optional.of(text);
        }

        <T> Optional<T> parsed(LedgerColumn column, String text, Optional<T> value, Bilingual unreadable) {
            if (value.isEmpty()) {
                problems.add(new RowProblem(row, column, text, unreadable));
            }
            return value;
        }

        <T> Optional<T> passes(LedgerColumn column, Optional<Bilingual> refusal, T value) {
            refusal.ifPresent(reason -> problems.add(new RowProblem(row, column, text(column), reason)));
            return refusal.isPresent() ? Optional.empty() : Optional.of(value);
        }
    }
}
