package cn.jixiao.project.rectification;

import cn.jixiao.project.review.ReviewState;

/** Where a 整改 item stands: with the street (OPEN, also after being sent back), with the district, or done. */
public enum RectificationState implements ReviewState {
    OPEN("待整改", "open"),
    MEASURES_SUBMITTED("已提交整改措施", "measures submitted"),
    CONFIRMED("整改已确认", "confirmed");

    private final String label;
    private final String english;

    RectificationState(String label, String english) {
        this.label = label;
        this.english = english;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String english() {
        return english;
    }
}
