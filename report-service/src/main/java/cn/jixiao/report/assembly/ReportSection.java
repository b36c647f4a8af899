package cn.jixiao.report.assembly;

import java.util.Arrays;
import java.util.Optional;

/** The sections the report knows how to fill, by the heading a template gives them. */
public enum ReportSection {
    PROJECT_BASICS("项目基本情况"),
    EVALUATION_WORK("绩效评价工作情况"),
    CONCLUSION("评价结论和绩效分析"),
    COST_BENEFIT("成本效益分析"),
    EXPERIENCE_AND_SUGGESTIONS("主要经验及做法、存在的问题和建议"),
    EVIDENCE("佐证材料");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    public static Optional<ReportSection> headed(String heading) {
        return Arrays.stream(values()).filter(section -> section.heading.equals(heading.strip())).findFirst();
    }
}
