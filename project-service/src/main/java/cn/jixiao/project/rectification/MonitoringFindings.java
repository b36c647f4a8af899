package cn.jixiao.project.rectification;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.project.project.Project;

/**
 * Opens a 整改 item for each red line of a 绩效监控表 the district has approved or returned: called in-process by the
 * monitoring workflow (monitoring knows its lines; this package knows items, and needs nothing of monitoring). One
 * item per round and line, so a form returned, resubmitted and approved opens no second item for the same line.
 */
@Component
public class MonitoringFindings {

    private final Rectifications rectifications;

    MonitoringFindings(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    /**
     * @param lineKey {@code spending} or the indicator's id, unique within the round
     * @param text    the finding as the district reads it
     */
    public record RedLine(String lineKey, String text) {
    }

    public Mono<Void> record(Project project, String roundId, List<RedLine> redLines) {
        Rectification.ProjectRef ref = new Rectification.ProjectRef(project.districtId(), project.tenantId(),
                project.id(), project.code(), project.year());
        return rectifications.openFromFindings(ref, redLines.stream().map(line -> new Finding(
                RectificationSource.MONITORING_RED, roundId + "/" + line.lineKey(), line.text())).toList()).then();
    }
}
