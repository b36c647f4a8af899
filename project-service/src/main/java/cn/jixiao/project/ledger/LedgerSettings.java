package cn.jixiao.project.ledger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import cn.jixiao.uploads.WorkbookLimits;

/**
 * Limits and timings of the spending ledger ({@code jixiao.ledger.*}).
 *
 * @param maxUploadSize  the largest ledger file accepted
 * @param maxRows        the most entry rows one file may hold
 * @param errorsShown    how many row problems a refusal lists in its JSON (the annotated workbook has them all)
 * @param abandonedAfter a batch still pending after this long was abandoned by a writer that died
 * @param sweepInterval  how often abandoned batches and old rejected uploads are cleared away
 * @param keepRejected   how long the annotated copy of a rejected upload stays downloadable
 */
@ConfigurationProperties("jixiao.ledger")
record LedgerSettings(
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("100000") int maxRows,
        @DefaultValue("200") int errorsShown,
        @DefaultValue("30m") Duration abandonedAfter,
        @DefaultValue("5m") Duration sweepInterval,
        @DefaultValue("7d") Duration keepRejected) {

    /** Any sheet wider than this is not a ledger (it has eight columns with the annotated copy's notes). */
    static final int MAX_COLUMNS = 32;
    /** Rows besides the entries: the header, and blank rows a person leaves between entries. */
    static final int OTHER_ROWS = 1_000;

    /** The limits a ledger file is read under: the entry rows of {@link #maxRows} and a little room around them. */
    WorkbookLimits fileLimits() {
        return WorkbookLimits.of(maxRows + OTHER_ROWS, MAX_COLUMNS);
    }
}
