package cn.jixiao.project.ledger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
}
