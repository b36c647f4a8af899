package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The realm file is the tenancy contract the services rely on; these are the parts they read from tokens. */
class RealmFileTest {

    @Test
    void listsTheDemoUsersWithTheirRolesAndUnits() {
        assertThat(DemoUser.fromRealm()).containsExactly(
                new DemoUser("jinchen-editor", "Jixiao-2026", List.of("street-editor"), "盘龙区 金辰街道"),
                new DemoUser("jinchen-approver", "Jixiao-2026", List.of("street-editor", "street-approver"),
                        "盘龙区 金辰街道"),
                new DemoUser("tuodong-editor", "Jixiao-2026", List.of("street-editor"), "盘龙区 拓东街道"),
                new DemoUser("panlong-overseer", "Jixiao-2026", List.of("district-overseer"), "盘龙区"),
                new DemoUser("panlong-auditor", "Jixiao-2026", List.of("auditor"), "盘龙区"),
                new DemoUser("huashan-editor", "Jixiao-2026", List.of("street-editor"), "五华区 华山街道"),
                new DemoUser("huashan-approver", "Jixiao-2026", List.of("street-editor", "street-approver"),
                        "五华区 华山街道"),
                new DemoUser("wuhua-overseer", "Jixiao-2026", List.of("district-overseer"), "五华区"),
                new DemoUser("wuhua-auditor", "Jixiao-2026", List.of("auditor"), "五华区"),
                new DemoUser("platform-admin", "Jixiao-2026", List.of("platform-admin"), ""),
                new DemoUser("panlong-admin", "Jixiao-2026", List.of("district-admin"), "盘龙区"),
                new DemoUser("wuhua-admin", "Jixiao-2026", List.of("district-admin"), "五华区"));
    }
}
