package cn.jixiao.report.archive;

/** Where a render job stands. */
public enum JobStatus {
    QUEUED("排队中"),
    RUNNING("生成中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
