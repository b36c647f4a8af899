package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The district opened a 绩效运行监控 round (双监控) for its streets' projects of a budget year: each project's
 * 绩效监控表 in the round is to be filled with the figures as of {@code asOf} and submitted by {@code dueDate}.
 *
 * @param name         as the district names it, e.g. 2023年年中绩效监控
 * @param asOf         the date the figures are taken at: spending dated up to it, indicators' progress to it
 * @param marginPoints how many percentage points spending may lag the planned curve before the line is yellow
 *                     (twice as many: red)
 * @param openedBy     the district overseer's login name
 */
public record MonitoringRoundOpened(String roundId, String districtId, int year, String name, LocalDate asOf,
                                    LocalDate dueDate, BigDecimal marginPoints, String openedBy) {
}
