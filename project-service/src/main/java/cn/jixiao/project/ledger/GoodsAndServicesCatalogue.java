package cn.jixiao.project.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * TEMPORARY, TO BE REPLACED at merge by the shared catalogue
 * {@code cn.jixiao.project.classification.EconomicClassification}, built in parallel. Until then the ledger
 * knows only the 302 商品和服务支出 codes (部门预算支出经济分类), which is where project spending such as
 * 30227 委托业务费 is booked.
 */
final class GoodsAndServicesCatalogue implements ClassificationCatalogue {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("30201", "办公费"), Map.entry("30202", "印刷费"), Map.entry("30203", "咨询费"),
            Map.entry("30204", "手续费"), Map.entry("30205", "水费"), Map.entry("30206", "电费"),
            Map.entry("30207", "邮电费"), Map.entry("30208", "取暖费"), Map.entry("30209", "物业管理费"),
            Map.entry("30211", "差旅费"), Map.entry("30212", "因公出国（境）费用"), Map.entry("30213", "维修（护）费"),
            Map.entry("30214", "租赁费"), Map.entry("30215", "会议费"), Map.entry("30216", "培训费"),
            Map.entry("30217", "公务接待费"), Map.entry("30218", "专用材料费"), Map.entry("30224", "被装购置费"),
            Map.entry("30225", "专用燃料费"), Map.entry("30226", "劳务费"), Map.entry("30227", "委托业务费"),
            Map.entry("30228", "工会经费"), Map.entry("30229", "福利费"), Map.entry("30231", "公务用车运行维护费"),
            Map.entry("30239", "其他交通费用"), Map.entry("30240", "税金及附加费用"), Map.entry("30299", "其他商品和服务支出"));

    @Override
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }
}
