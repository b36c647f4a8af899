package cn.jixiao.project.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.FindingEntry;
import cn.jixiao.project.project.Project;

/**
 * The red lines of a 绩效监控表 the district has reviewed (approved or returned), as 整改 findings: written into the
 * form's outbox with the review itself (one atomic write), and handed by the outbox relay, inside this service, to the
 * recipient named {@link FindingEntry#RECIPIENT} (rectification, which opens one item per round and line). A crash
 * after the review cannot lose them, a hand-over repeated cannot double them, and monitoring need know nothing of
 * 整改: rectification reads this record, so the two packages do not depend on each other both ways.
 *
 * @param lines the red lines as submitted, each named within the round
 */
public record MonitoringRedLines(String projectId, String districtId, String streetId, String projectCode, int year,
                                 String roundId, List<RedLine> lines, String reviewedBy) implements FindingEntry {

    public static final EventType<MonitoringRedLines> TYPE =
            new EventType<>("MonitoringRedLines", 1, MonitoringRedLines.class);

    public MonitoringRedLines {
        lines = List.copyOf(lines);
    }

    /**
     * @param lineKey {@code spending} or the indicator's id, unique within the round
     * @param text    the finding as the district reads it
     */
    public record RedLine(String lineKey, String text) {
    }

    /** The outbox entry for the red lines of the form as submitted; none when no line is red. */
    static Optional<PendingEvent> of(Project project, MonitoringRound round, MonitoringLines submitted,
                                     String reviewer, Instant at) {
        List<RedLine> red = redLines(round, submitted);
        if (red.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PendingEvent.toRecipient(FindingEntry.RECIPIENT, project.id(), EventEnvelope.of(TYPE,
                project.tenantId(), at, new MonitoringRedLines(project.id(), project.districtId(), project.tenantId(),
                        project.code(), project.year(), round.id(), red, reviewer))));
    }

    private static List<RedLine> redLines(MonitoringRound round, MonitoringLines lines) {
        List<RedLine> red = new ArrayList<>();
        MonitoringLines.SpendingLine spending = lines.spending();
        if (spending.light() == MonitoringLight.RED) {
            red.add(new RedLine("spending", "绩效监控红灯（" + round.name() + "）：支出进度 "
                    + "执行率 " + spending.executionRate().toPlainString() + "%，计划 "
                    + spending.plannedPercent().toPlainString() + "%" + explained(spending.cause(), spending.measure())));
        }
        for (MonitoringLines.IndicatorLine line : lines.indicators()) {
            if (line.light() == MonitoringLight.RED) {
                red.add(new RedLine(line.indicatorId(), "绩效监控红灯（" + round.name() + "）："
                        + line.name() + " 年度指标值 " + line.target() + "，全年预计 " + line.expected()
                        + explained(line.cause(), line.measure())));
            }
        }
        return red;
    }

    private static String explained(String cause, String measure) {
        return (cause == null || cause.isBlank() ? "" : "。偏差原因：" + cause.strip())
                + (measure == null || measure.isBlank() ? "" : "；纠偏措施：" + measure.strip());
    }
}
