package cn.jixiao.project.evidence.demo;

import java.util.List;

import cn.jixiao.project.evidence.EvidenceType;

/** The 佐证材料 the seed report lists in its section 六, in its order, as the demo attaches them. */
public final class JinchenEvidence {

    /** One item of the list: its kind, its name in the report, and the file that stands for it. */
    public record Item(EvidenceType type, String title, DemoEvidenceFile file) {
    }

    private JinchenEvidence() {
    }

    public static List<Item> items() {
        return List.of(
                item(1, EvidenceType.INDICATOR_SYSTEM, "绩效评价指标体系"),
                item(2, EvidenceType.BASE_DATA, "基础数据表"),
                item(3, EvidenceType.INTERVIEW_REPORT, "访谈分析报告"),
                item(4, EvidenceType.SURVEY_REPORT, "社会调查问卷分析报告"),
                item(5, EvidenceType.APPROVAL, "市政府相关规划、决策、批复，立项申请、批复文件"),
                item(6, EvidenceType.GOAL_DECLARATION, "绩效目标申报表"));
    }

    private static Item item(int number, EvidenceType type, String title) {
        return new Item(type, title, DemoEvidenceFile.pdf(title + ".pdf", "Jinchen 2023 - evidence " + number));
    }
}
