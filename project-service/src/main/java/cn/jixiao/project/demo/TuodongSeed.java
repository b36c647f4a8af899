package cn.jixiao.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.jixiao.project.budget.ClassificationRow;
import cn.jixiao.project.budget.FundingSource;
import cn.jixiao.project.budget.SetBudget;
import cn.jixiao.project.budget.SourceRow;
import cn.jixiao.project.project.ProjectDetails;
import cn.jixiao.project.project.ProjectStatus;
import cn.jixiao.project.project.RegisterProject;

/**
 * The 拓东街道 2023 demo project, 老旧小区绿化提升及社区环境整治专项资金: 150.00万元 of 本年财政拨款, 90.00万元 of
 * 维修（护）费 (30213) for the planting and repairs and 60.00万元 of 委托业务费 (30227) for design, supervision,
 * cleaning and the survey. Unlike 金辰's it falls short in places, so the demo shows partial scores.
 */
final class TuodongSeed {

    static final String DEPARTMENT = "昆明市盘龙区人民政府拓东街道办事处";

    static final RegisterProject REGISTRATION = new RegisterProject("530103-2023-LHSQ-001",
            "老旧小区绿化提升及社区环境整治专项资金", 2023, DEPARTMENT, DEPARTMENT);

    static final String OVERVIEW = "拓东街道地处老城区，辖区内建成于上世纪八九十年代的老旧小区较多，普遍存在绿地退化、"
            + "道路破损、排水不畅、公共设施老化、环境卫生脏乱等问题，居民改善居住环境的愿望强烈。2023 年，街道统筹安排"
            + "专项资金 150.00 万元，选取东站、白塔路、东风东路、拓东路、塘子巷、书林街 6 个老旧小区（片区），实施绿化提升"
            + "及社区环境综合整治，委托专业机构开展设计、监理和成效评价。";

    static final String OVERALL_GOAL = "以“美丽社区”建设为抓手，通过补绿增绿、修缮公共设施、整治环境卫生并建立长效管护"
            + "机制，全面改善老旧小区人居环境，提升居民的获得感、幸福感和安全感。";

    static final List<String> ANNUAL_GOALS = List.of(
            "完成 6 个老旧小区环境整治，新增及提升绿化面积不少于 12,000 平方米，整治小区绿化覆盖率达到 30% 以上。",
            "修缮小区道路、排水、围墙及休闲照明设施，工程验收合格率 100%，按期完工率不低于 90%，项目总成本控制在 150 万元以内。",
            "文明施工，施工期间居民投诉不超过 5 件；居民及沿街商户满意度均达到 90% 以上。");

    private static final BigDecimal TOTAL = new BigDecimal("1500000.00");

    private TuodongSeed() {
    }

    static ProjectDetails details() {
        return new ProjectDetails(REGISTRATION.name(), DEPARTMENT, DEPARTMENT, "专项资金", List.of("本年财政拨款"),
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), OVERVIEW, OVERALL_GOAL, ANNUAL_GOALS,
                ProjectStatus.COMPLETED);
    }

    /** 150.00万元 of 本年财政拨款: 30213 维修（护）费 90.00万元, 30227 委托业务费 60.00万元. */
    static SetBudget budget() {
        return new SetBudget(null, TOTAL, List.of(new SourceRow(FundingSource.CURRENT_YEAR_APPROPRIATION, TOTAL, TOTAL)),
                List.of(new ClassificationRow("30213", new BigDecimal("900000.00")),
                        new ClassificationRow("30227", new BigDecimal("600000.00"))));
    }
}
