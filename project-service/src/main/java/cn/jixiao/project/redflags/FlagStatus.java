package cn.jixiao.project.redflags;

/** Where a red flag stands: not looked at yet, dismissed with a reason, or turned into a 整改 item. */
public enum FlagStatus {
    OPEN("待处理"),
    DISMISSED("已排除"),
    RECTIFICATION("已转整改");

    private final String label;

    FlagStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
