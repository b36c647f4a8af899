package cn.jixiao.project.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item (款) of the government expenditure economic classification for department budgets
 * (部门预算支出经济分类), as the 2023 政府收支分类科目 lists it, e.g. {@code 30227 委托业务费}. Budgets and the
 * spending ledger are broken down by these items; a code that is not in the catalogue is not a real
 * classification and is refused.
 *
 * <p>Only the categories a street's project funds are spent under are listed: 301, 302, 303 and 310. Codes the
 * Ministry of Finance has retired (for example 30210, 30230) are deliberately absent.
 *
 * @param code     the five-digit code, e.g. {@code 30227}
 * @param name     its official name, e.g. {@code 委托业务费}
 * @param category the category (类) it belongs to
 */
public record EconomicClassification(String code, String name, Category category) {

    /** The categories (类) of the catalogue: the first three digits of an item's code. */
    public enum Category {
        WAGES_AND_BENEFITS("301", "工资福利支出"),
        GOODS_AND_SERVICES("302", "商品和服务支出"),
        SUBSIDIES_TO_INDIVIDUALS_AND_FAMILIES("303", "对个人和家庭的补助"),
        CAPITAL_EXPENDITURE("310", "资本性支出");

        private final String code;
        private final String name;

        Category(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String code() {
            return code;
        }

        public String displayName() {
            return name;
        }
    }

    private static final Map<String, EconomicClassification> CATALOGUE = catalogue();

    /** The item with this code, or empty if the code is not an item of the catalogue (a category code is not). */
    public static Optional<EconomicClassification> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CATALOGUE.get(code.strip()));
    }

    /** Every item, in code order. */
    public static List<EconomicClassification> all() {
        return List.copyOf(CATALOGUE.values());
    }

    /** As the forms print it: {@code 30227 委托业务费}. */
    @Override
    public String toString() {
        return code + " " + name;
    }

    private static Map<String, EconomicClassification> catalogue() {
        Map<String, EconomicClassification> items = new LinkedHashMap<>();
        add(items, Category.WAGES_AND_BENEFITS,
                "30101", "基本工资",
                "30102", "津贴补贴",
                "30103", "奖金",
                "30106", "伙食补助费",
                "30107", "绩效工资",
                "30108", "机关事业单位基本养老保险缴费",
                "30109", "职业年金缴费",
                "30110", "职工基本医疗保险缴费",
                "30111", "公务员医疗补助缴费",
                "30112", "其他社会保障缴费",
                "30113", "住房公积金",
                "30114", "医疗费",
                "30199", "其他工资福利支出");
        add(items, Category.GOODS_AND_SERVICES,
                "30201", "办公费",
                "30202", "印刷费",
                "30203", "咨询费",
                "30204", "手续费",
                "30205", "水费",
                "30206", "电费",
                "30207", "邮电费",
                "30208", "取暖费",
                "30209", "物业管理费",
                "30211", "差旅费",
                "30212", "因公出国（境）费用",
                "30213", "维修（护）费",
                "30214", "租赁费",
                "30215", "会议费",
                "30216", "培训费",
                "30217", "公务接待费",
                "30218", "专用材料费",
                "30224", "被装购置费",
                "30225", "专用燃料费",
                "30226", "劳务费",
                "30227", "委托业务费",
                "30228", "工会经费",
                "30229", "福利费",
                "30231", "公务用车运行维护费",
                "30239", "其他交通费用",
                "30240", "税金及附加费用",
                "30299", "其他商品和服务支出");
        add(items, Category.SUBSIDIES_TO_INDIVIDUALS_AND_FAMILIES,
                "30301", "离休费",
                "30302", "退休费",
                "30303", "退职（役）费",
                "30304", "抚恤金",
                "30305", "生活补助",
                "30306", "救济费",
                "30307", "医疗费补助",
                "30308", "助学金",
                "30309", "奖励金",
                "30310", "个人农业生产补贴",
                "30311", "代缴社会保险费",
                "30399", "其他对个人和家庭的补助");
        add(items, Category.CAPITAL_EXPENDITURE,
                "31001", "房屋建筑物购建",
                "31002", "办公设备购置",
                "31003", "专用设备购置",
                "31005", "基础设施建设",
                "31006", "大型修缮",
                "31007", "信息网络及软件购置更新",
                "31008", "物资储备",
                "31009", "土地补偿",
                "31010", "安置补助",
                "31011", "地上附着物和青苗补偿",
                "31012", "拆迁补偿",
                "31013", "公务用车购置",
                "31019", "其他交通工具购置",
                "31021", "文物和陈列品购置",
                "31022", "无形资产购置",
                "31099", "其他资本性支出");
        return items;
    }

    private static void add(Map<String, EconomicClassification> items, Category category, String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            items.put(codesAndNames[i], new EconomicClassification(codesAndNames[i], codesAndNames[i + 1], category));
        }
    }
}
