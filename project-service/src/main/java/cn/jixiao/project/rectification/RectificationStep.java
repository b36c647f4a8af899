package cn.jixiao.project.rectification;

import cn.jixiao.project.targets.TargetsStep;

import static cn.jixiao.project.rectification.RectificationState.CONFIRMED;
import static cn.jixiao.project.rectification.RectificationState.MEASURES_SUBMITTED;
import static cn.jixiao.project.rectification.RectificationState.OPEN;

/**
 * The steps of a 整改 item: the street answers with its measures, the district confirms them or sends the item back
 * with a comment saying what is still missing. The sides are the targets' ({@code TargetsPolicy#mayAct}).
 */
public enum RectificationStep {

    /** 提交整改措施: the street's editor or approver answers an open item. */
    ANSWER("提交整改措施", "answer", "answered", TargetsStep.Side.STREET, OPEN, MEASURES_SUBMITTED, false),
    /** 确认整改: the district's overseer accepts the measures. */
    CONFIRM("确认整改", "confirm", "confirmed", TargetsStep.Side.DISTRICT, MEASURES_SUBMITTED, CONFIRMED, false),
    /** 退回整改: the district sends the item back to the street; the comment says why. */
    SEND_BACK("退回整改", "send back", "sent back", TargetsStep.Side.DISTRICT, MEASURES_SUBMITTED, OPEN, true);

    private final String label;
    private final String english;
    private final String pastTense;
    private final TargetsStep.Side side;
    private final RectificationState from;
    private final RectificationState to;
    private final boolean commentRequired;

    RectificationStep(String label, String english, String pastTense, TargetsStep.Side side, RectificationState from,
                      RectificationState to, boolean commentRequired) {
        this.label = label;
        this.english = english;
        this.pastTense = pastTense;
        this.side = side;
        this.from = from;
        this.to = to;
        this.commentRequired = commentRequired;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    String pastTense() {
        return pastTense;
    }

    TargetsStep.Side side() {
        return side;
    }

    boolean allowedIn(RectificationState state) {
        return from == state;
    }

    RectificationState to() {
        return to;
    }

    boolean commentRequired() {
        return commentRequired;
    }
}
