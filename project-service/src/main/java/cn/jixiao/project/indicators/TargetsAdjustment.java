package cn.jixiao.project.indicators;

import java.time.Instant;
import java.util.List;

/**
 * A 目标调整 request, kept in the tree's document with the approval of its targets ({@link TargetsApproval}), so that
 * filing, approving or returning it is one versioned write of that document like every other step. While it is open
 * the targets in force stay as approved; once approved, the proposed tree is the tree in force under a new revision.
 *
 * @param revision       the revision of the tree in force when the request was filed
 * @param reason         why the street asks for the change (调整原因)
 * @param requestedBy    the street user's login name
 * @param requestedAt    when
 * @param proposed       the proposed tree, checked like a submission, without actuals
 * @param changes        what it changes against the tree in force when filed (the targets do not change while
 *                       approved, so this is also what the approval changes)
 * @param status         open, approved or returned
 * @param decidedBy      the district overseer who approved or returned it; {@code null} while open
 * @param decidedAt      when; {@code null} while open
 * @param comment        the district's comment; always present on a return
 * @param revisionBefore the revision of the tree in force just before the approval (actuals may have moved it since
 *                       the request); {@code null} unless approved
 * @param revisionAfter  the revision of the adjusted tree, now in force; {@code null} unless approved
 */
public record TargetsAdjustment(long revision, String reason, String requestedBy, Instant requestedAt,
                                List<Indicator> proposed, List<TargetsChange> changes, Status status,
                                String decidedBy, Instant decidedAt, String comment, Long revisionBefore,
                                Long revisionAfter) {

    public enum Status {
        /** 待审核: with the district. */
        OPEN("待审核"),
        /** 已批准: the proposed targets are in force. */
        APPROVED("已批准"),
        /** 已退回: the targets in force stay as they were. */
        RETURNED("已退回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TargetsAdjustment {
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A request just filed. */
    public static TargetsAdjustment filed(long revision, String reason, String requestedBy, Instant requestedAt,
                                          List<Indicator> proposed, List<TargetsChange> changes) {
        return new TargetsAdjustment(revision, reason, requestedBy, requestedAt, proposed, changes, Status.OPEN, null,
                null, null, null, null);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public TargetsAdjustment approved(String by, Instant at, String remark, long before, long after) {
        return new TargetsAdjustment(revision, reason, requestedBy, requestedAt, proposed, changes, Status.APPROVED, by,
                at, remark, before, after);
    }

    public TargetsAdjustment returned(String by, Instant at, String remark) {
        return new TargetsAdjustment(revision, reason, requestedBy, requestedAt, proposed, changes, Status.RETURNED, by,
                at, remark, null, null);
    }
}
