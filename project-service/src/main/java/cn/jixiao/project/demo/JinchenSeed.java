package cn.jixiao.project.demo;

import java.time.LocalDate;
import java.util.List;

import cn.jixiao.project.project.ProjectDetails;
import cn.jixiao.project.project.ProjectStatus;
import cn.jixiao.project.project.RegisterProject;

/**
 * The 金辰街道 2023 project of the seed report (创建全省民族团结进步示范街道专项资金), as its street entered it:
 * the texts below are the report's own 项目概况, 总目标 and 年度目标.
 */
final class JinchenSeed {

    static final String DEPARTMENT = "昆明市盘龙区人民政府金辰街道办事处";

    static final RegisterProject REGISTRATION = new RegisterProject("530103-2023-MZTJ-001",
            "创建全省民族团结进步示范街道专项资金", 2023, DEPARTMENT, DEPARTMENT);

    static final String OVERVIEW = "金辰街道是一个人口众多、民族多元的地区，现常住人口达 17 万余人，有 40 个民族在此聚居。街道下辖 9 个社区、1 "
            + "个经济联合社以及 2 个村小组。自 2022 年以来，在上级的大力支持下，金辰街道按照“重点突破、以点带面、形成经验、示"
            + "范全省”的要求，积极开展工作并先行先试。通过以机关、小区、医院、学校为点，以北京路、金实路、盘龙江为线，以商场、市场、商"
            + "圈、社区为片的方式，成功形成了“两路一江一商圈”的创建格局。这一举措不仅展现了金辰街道的创新精神和积极进取的态度，也为全"
            + "省其他地区提供了宝贵的经验和示范。";

    static final String OVERALL_GOAL = "按照《云南省民族团结进步“十县百乡千村万户”示范引领建设工程2022年度典型案例选编》和《全国民族团结进步创建活动示范街"
            + "道测评指标（参考）》相关要求，通过强化党建引领、推动经济发展、增强文化认同、促进社区和谐等多方面的努力，全面推进民族团结"
            + "进步“十百千万”工程，打造铸牢中华民族共同体意识的示范街区，提升居民区邻里和谐文化氛围。";

    static final List<String> ANNUAL_GOALS = List.of(
            "加强党建引领，推动民族团结进步工作深入开展。深入贯彻党建引领，将中华民族共同体意识融入“我为群众办实事”的全过程。将民族"
            + "团结进步工作纳入街道党工委会专题研究部署，成立以党工委书记为组长的领导小组。以争创“模范机关、效能盘龙”示范单位为契机，"
            + "通过“春城先锋示范党支部”党建示范点的辐射带动，为民族团结进步示范创建全域推进创造有利条件。",
            "推动经济发展，打造民族团结进步创建“进商圈”样板。以楼宇商圈为重点，促进经济发展与示范创建相结合。打造民族特色商业区域，"
            + "如雄达茶城民族大舞台，推动民族团结进步创建“进商圈”。建设“铸牢中华民族共同体意识教育实践基地”和“春融同心中小微企业城"
            + "市会客厅”，促进各商业主体“互嵌式发展”。",
            "增强文化认同，打造铸牢中华民族共同体意识示范街区。在金实路打造铸牢中华民族共同体意识示范街区，建设“悬壶水景”“茶马古道"
            + "”“同心筑梦”三个文化主题公园。在金菊路打造中华文化宣传长廊，再现灿烂的中华文明历史，激发各族群众爱中华、爱祖国、爱中国"
            + "共产党的真挚情怀。",
            "促进社区和谐，提升居民区邻里和谐文化情。在金刀营金桥路、江东花园西路打造邻里文化主题街景，设置雕塑景观、休闲座椅等。在沿"
            + "线金桥花园、金星园丁两小区内建设睦邻家园，把中华文化符号和“团结之家”文化艺术植入居民日常休闲娱乐空间。");

    private JinchenSeed() {
    }

    static ProjectDetails details() {
        return new ProjectDetails(REGISTRATION.name(), DEPARTMENT, DEPARTMENT, "专项资金", List.of("本年财政拨款"),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), OVERVIEW, OVERALL_GOAL, ANNUAL_GOALS,
                ProjectStatus.COMPLETED);
    }
}
