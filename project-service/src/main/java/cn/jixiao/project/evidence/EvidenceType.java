package cn.jixiao.project.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

/** The kinds of 佐证材料 a self-evaluation report lists, in the order the seed report lists them. */
@Schema(description = "佐证材料类别 / kind of evidence")
public enum EvidenceType {
    /** 绩效评价指标体系. */
    INDICATOR_SYSTEM("绩效评价指标体系"),
    /** 基础数据表. */
    BASE_DATA("基础数据表"),
    /** 访谈分析报告. */
    INTERVIEW_REPORT("访谈分析报告"),
    /** 社会调查问卷分析报告. */
    SURVEY_REPORT("社会调查问卷分析报告"),
    /** 立项/批复文件: 市政府相关规划、决策、批复；立项申请、批复文件. */
    APPROVAL("立项/批复文件"),
    /** 绩效目标申报表. */
    GOAL_DECLARATION("绩效目标申报表"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    /** The Chinese name the report uses. */
    public String label() {
        return label;
    }

    public static Optional<EvidenceType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
