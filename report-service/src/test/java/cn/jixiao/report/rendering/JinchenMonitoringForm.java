package cn.jixiao.report.rendering;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.JinchenMonitoring;
import cn.jixiao.report.assembly.MonitoringAssembly;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.readmodel.MonitoringRecord;
import cn.jixiao.report.readmodel.ProjectEventMapping;

/** The 金辰 seed's 绩效监控表 of the mid-year round, as the renderers' tests print it. */
public final class JinchenMonitoringForm {

    private JinchenMonitoringForm() {
    }

    /** Submitted on 20 July and returned by the district on 22 July with its comment. */
    public static MonitoringForm returned() {
        JinchenEvents jinchen = new JinchenEvents();
        JinchenMonitoring round = new JinchenMonitoring(jinchen);
        MonitoringRecord record = MonitoringRecord.opened(jinchen.projectId(), round.roundId(), JinchenEvents.DISTRICT,
                        JinchenEvents.STREET)
                .with(ProjectEventMapping.monitoring(round.reported(), JinchenMonitoring.SUBMITTED_AT))
                .with(ProjectEventMapping.review(round.returned(), JinchenMonitoring.RETURNED_AT));
        return MonitoringAssembly.form(jinchen.factsWithApprovedTargets(false), record,
                ProjectEventMapping.round(round.opened()));
    }
}
