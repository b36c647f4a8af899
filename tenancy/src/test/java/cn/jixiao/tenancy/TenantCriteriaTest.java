package cn.jixiao.tenancy;

import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantCriteriaTest {

    @Test
    void aStreetUserIsLimitedToTheirDistrictAndStreet() {
        TenantAccess editor = new TenantAccess("u", "jinchen-editor", "panlong", "jinchen", Set.of(Role.STREET_EDITOR));

        assertThat(TenantCriteria.visibleTo(editor).getCriteriaObject())
                .isEqualTo(new Document("districtId", "panlong").append("tenantId", "jinchen"));
    }

    @Test
    void anOverseerIsLimitedToTheirDistrict() {
        TenantAccess overseer = new TenantAccess("u", "panlong-overseer", "panlong", null, Set.of(Role.DISTRICT_OVERSEER));

        assertThat(TenantCriteria.visibleTo(overseer).getCriteriaObject()).isEqualTo(new Document("districtId", "panlong"));
    }
}
