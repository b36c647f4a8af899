package cn.jixiao.loadtest.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the seed puts into 盘龙区: {@code streets} streets named {@code ld001 …} (负载测试第001街道 …), each with its first
 * account {@code ld001-editor} (street-editor and street-approver, as onboarding grants), and {@code projectsPerStreet}
 * projects of {@code year} per street with a budget. Everything is derived from the numbers, so a second run finds
 * what the first made and adds only what is missing.
 */
public record SeedPlan(int year, int streets, int projectsPerStreet) {

    /** The qualified id of 盘龙区 (ADR 1), under which the streets are onboarded. */
    public static final String DISTRICT_GROUP = "/panlong";
    /** Every seeded street's group name, and only theirs: ld001 … ld999. */
    public static final String STREET_NAME_PATTERN = "ld\\d{3}";
    private static final List<String> PROJECT_NAMES = List.of("老旧小区改造提升专项资金", "社区居家养老服务补助资金",
            "背街小巷环境整治专项资金", "社区卫生服务站运行补助资金", "城市基层党建阵地建设专项资金", "防汛排涝设施维护专项资金",
            "社区文化活动中心运营补助资金", "垃圾分类宣传及设施配置专项资金", "困难群众临时救助资金", "民族团结进步示范创建专项资金");

    public SeedPlan {
        if (streets < 1 || streets > 999) {
            throw new IllegalArgumentException("streets must be 1 … 999, not " + streets);
        }
        if (projectsPerStreet < 0 || projectsPerStreet > 99) {
            throw new IllegalArgumentException("projects per street must be 0 … 99, not " + projectsPerStreet);
        }
    }

    /** The busiest week's district: 200 streets × 30 projects of 2026 (a year whose 经济分类 catalogue exists). */
    public static SeedPlan district() {
        return new SeedPlan(2026, 200, 30);
    }

    public List<Street> streetList() {
        return IntStream.rangeClosed(1, streets).mapToObj(Street::new).toList();
    }

    public List<SeededProject> projectsOf(Street street) {
        return IntStream.rangeClosed(1, projectsPerStreet).mapToObj(n -> new SeededProject(street, year, n)).toList();
    }

    /** A seeded street: group {@code ld001}, account {@code ld001-editor}. */
    public record Street(int number) {

        public String name() {
            return String.format("ld%03d", number);
        }

        public String displayName() {
            return String.format("负载测试第%03d街道", number);
        }

        public String editor() {
            return name() + "-editor";
        }

        public String unit() {
            return "昆明市盘龙区人民政府" + displayName() + "办事处";
        }
    }

    /** One of a street's projects: its code says street and number, so a rerun recognises it. */
    public record SeededProject(Street street, int year, int number) {

        public String code() {
            return String.format("LD-%d-%s-%02d", year, street.name(), number);
        }

        public String name() {
            return PROJECT_NAMES.get((street.number() + number) % PROJECT_NAMES.size());
        }

        /** 50,000.00 to 1,000,000.00 元 in steps of 50,000, so the overview's sums and sorts have something to order. */
        public BigDecimal budget() {
            return BigDecimal.valueOf(50_000L * (1 + (street.number() * 7L + number * 3L) % 20)).setScale(2);
        }
    }
}
