package cn.jixiao.report.texts;

import cn.jixiao.report.readmodel.ProjectFacts;

/**
 * The standard wording of section 二 (绩效评价工作情况) a new report starts with, as self-evaluation reports
 * commonly word it. The street edits it: in particular it names its own internal-control regulations and work
 * plan where this wording speaks of them in general terms.
 */
public final class StandardWording {

    private StandardWording() {
    }

    /** Section 二 in standard wording for the project; the street's own parts (三, 五, the form) left unwritten. */
    public static SectionTexts prefill(ProjectFacts project) {
        String year = project.year() > 0 ? project.year() + "年度" : "本年度";
        String projectName = project.projectName() == null ? "本项目" : project.projectName();
        return new SectionTexts(
                "根据我单位中长期工作计划完成与履职情况、项目支出情况等基本信息，更清晰地界定工作的内容与其需要达到的标准，"
                        + "分析资源配置的合理性及可行性，重点分析项目预算编制的合理性、成本支出的真实性和控制有效性，总结经验做法，"
                        + "找出预算绩效管理中的薄弱环节，提出改进建议，提高财政资金的使用效益，为以后年度编制项目预算、选择项目实施"
                        + "主体等提供参考依据。通过绩效自评工作，发现管理上、工作效率上、工作能力上存在的问题并及时整改。",
                "我单位结合本单位预算管理、收支管理、采购管理、国有资产管理等内部控制制度，完善专项资金管理流程，合理、有效、"
                        + "规范使用专项资金，提高资金的使用效率，确保各项资金的安全合理使用，确保政府采购、资产配置管理合法合规。\n"
                        + "我单位根据本项目的工作方案，对" + year + projectName + "绩效目标进行总规划，制定工作计划方案，确定实施的"
                        + "方向和目标，优化业务流程和工作规范，制定各项保障措施，以确保绩效目标能够完成，落实项目支出绩效的评价重点，"
                        + "构建合理、可行、科学的绩效评价指标。",
                "1、绩效评价原则\n"
                        + "（1）科学规范原则。绩效评价应当严格执行规定的程序，按照科学可行的要求，采用定量与定性分析相结合的方法。\n"
                        + "（2）公正公开原则。绩效评价应当符合真实、客观、公正的要求，依法公开并接受监督。\n"
                        + "（3）绩效相关原则。绩效评价应当针对具体支出及其产出绩效进行，评价结果应当清晰反映支出和产出绩效之间的紧密"
                        + "对应关系。\n"
                        + "2、绩效评价方法\n"
                        + "（1）成本效益分析法。是指将一定时期内的支出与效益进行对比分析，以评价绩效目标实现程度。\n"
                        + "（2）公众评判法。是指通过专家评估、公众问卷及抽样调查等对财政支出效果进行评判，评价绩效目标实现程度。",
                "结合我单位" + year + "项目支出绩效目标及考核指标，对外部单位或人员进行访谈并填写项目绩效调查问卷，切实了解"
                        + "项目支出产生的效益、满意程度及社会影响。\n"
                        + "绩效评价基础数据由各科室收集，将项目支出后的实际状况与申报的绩效目标对比，从项目的经济性、效率性、有效性"
                        + "和可持续性等方面进行量化、具体分析。",
                null, null, null, null, null, null);
    }
}
