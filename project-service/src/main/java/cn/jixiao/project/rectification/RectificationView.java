package cn.jixiao.project.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A 整改 item as shown: where it came from, its deadline (and whether set by default), where it stands. */
public record RectificationView(
        String id,
        String projectId,
        String streetId,
        String projectCode,
        int year,
        String finding,
        RectificationSource source,
        String sourceLabel,
        @Schema(description = "来源的引用：指标、监控批次等 / the source's reference: an indicator, a round") String reference,
        LocalDate deadline,
        @Schema(description = "按默认整改期限（天）确定的截止日期，人工录入时为空 / the default days the deadline was set by")
        Integer deadlineDays,
        RectificationState state,
        String stateLabel,
        @Schema(description = "已过整改期限（北京时间）且未确认 / past the deadline and not confirmed") boolean overdue,
        String measures,
        List<String> evidenceIds,
        @Schema(description = "区复核人员最近一次确认或退回的意见 / the district's last comment") String comment,
        Instant openedAt,
        Instant changedAt,
        long version) {

    static RectificationView of(Rectification item, Instant now) {
        return new RectificationView(item.id(), item.projectId(), item.streetId(), item.projectCode(), item.year(),
                item.finding().text(), item.finding().source(), item.finding().source().label(),
                item.finding().source() == RectificationSource.MANUAL ? null : item.finding().reference(),
                item.deadline(), item.deadlineDays(), item.state(), item.state().label(), item.overdue(now),
                item.measures(), item.evidenceIds(), item.comment(), item.openedAt(), item.changedAt(), item.version());
    }
}
