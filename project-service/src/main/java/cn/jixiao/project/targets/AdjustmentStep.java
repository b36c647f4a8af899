package cn.jixiao.project.targets;

/**
 * The steps of a 目标调整 of approved targets: the street files a request with its reason and the proposed tree, the
 * district approves it (the proposed targets are in force from then on) or returns it with a comment (the targets in
 * force stay). {@link AdjustmentPolicy} answers "may I?" from this table.
 */
public enum AdjustmentStep {

    /** 申请调整: the street files a request; the approved targets must be in force and no other request open. */
    REQUEST("申请目标调整", "request an adjustment of", TargetsStep.Side.STREET, true),
    /** 批准调整: the district approves the open request. */
    APPROVE("批准目标调整", "approve the adjustment of", TargetsStep.Side.DISTRICT, false),
    /** 退回调整: the district returns the open request; the comment says why. */
    RETURN("退回目标调整", "return the adjustment of", TargetsStep.Side.DISTRICT, true);

    private final String label;
    private final String english;
    private final TargetsStep.Side side;
    private final boolean textRequired;

    AdjustmentStep(String label, String english, TargetsStep.Side side, boolean textRequired) {
        this.label = label;
        this.english = english;
        this.side = side;
        this.textRequired = textRequired;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    public TargetsStep.Side side() {
        return side;
    }

    /** A request needs its reason (调整原因), a return its comment. */
    public boolean textRequired() {
        return textRequired;
    }
}
