package cn.jixiao.project.rectification;

import java.util.EnumSet;

import cn.jixiao.project.review.ReviewStep;
import cn.jixiao.project.review.Side;
import cn.jixiao.project.review.Subject;

import static cn.jixiao.project.rectification.RectificationState.CONFIRMED;
import static cn.jixiao.project.rectification.RectificationState.MEASURES_SUBMITTED;
import static cn.jixiao.project.rectification.RectificationState.OPEN;

/**
 * The steps of a 整改 item: the street answers with its measures, the district confirms them or sends the item back
 * with a comment saying what is still missing. {@link cn.jixiao.project.review.ReviewPolicy} answers "may I?" from
 * it; opening an item by hand, which is no step, is {@link RectificationPolicy}'s.
 */
public enum RectificationStep implements ReviewStep<RectificationState> {

    /** 提交整改措施: the street's editor or approver answers an open item. */
    ANSWER(new Rule<>("提交整改措施", "answer", "answered", Side.STREET, EnumSet.of(OPEN), MEASURES_SUBMITTED, false)),
    /** 确认整改: the district's overseer accepts the measures. */
    CONFIRM(new Rule<>("确认整改", "confirm", "confirmed", Side.DISTRICT, EnumSet.of(MEASURES_SUBMITTED), CONFIRMED,
            false)),
    /** 退回整改: the district sends the item back to the street; the comment says why. */
    SEND_BACK(new Rule<>("退回整改", "send back", "sent back", Side.DISTRICT, EnumSet.of(MEASURES_SUBMITTED), OPEN,
            true));

    /** How the refusals of these steps name what they are about. */
    static final Subject SUBJECT = new Subject("整改事项", "a rectification item", "The rectification item", false,
            "仍需整改的内容", "what still needs rectifying");

    private final Rule<RectificationState> rule;

    RectificationStep(Rule<RectificationState> rule) {
        this.rule = rule;
    }

    @Override
    public Rule<RectificationState> rule() {
        return rule;
    }
}
