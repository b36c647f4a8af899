package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A district's 绩效运行监控 round as it was opened: what the monitoring form's title and header print. A round
 * never changes once opened, so writing it again is harmless.
 *
 * @param name as the district names it, e.g. 2023年年中绩效监控
 * @param asOf the date the figures are taken at (截至日期)
 */
@Document(MonitoringRound.COLLECTION)
public record MonitoringRound(@Id String roundId, String districtId, int year, String name, LocalDate asOf,
                              LocalDate dueDate, BigDecimal marginPoints) {

    public static final String COLLECTION = "report_monitoring_rounds";
}
