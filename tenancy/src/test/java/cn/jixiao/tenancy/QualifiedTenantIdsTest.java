package cn.jixiao.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant is (issuer, district, street): the ids a token yields name all three. */
class QualifiedTenantIdsTest {

    private static final String JIXIAO = "http://localhost:18080/realms/jixiao";
    private static final String YUNNAN = "https://sso.yunnan.example/realms/yunnan";

    private final TenantAccessReader reader = new TenantAccessReader();

    @Test
    void aStreetIsNamedByItsRealmAndDistrict() {
        TenantAccess editor = reader.read(token(JIXIAO, "/panlong/jinchen", "street-editor"));

        assertThat(editor.districtId()).isEqualTo("jixiao:panlong");
        assertThat(editor.streetId()).isEqualTo("jixiao:panlong:jinchen");
        assertThat(editor.label()).isEqualTo("jixiao:panlong:jinchen");
        assertThat(editor.canEdit("jixiao:panlong", "jixiao:panlong:jinchen")).isTrue();
        assertThat(editor.streetId()).isEqualTo(DemoTenants.JINCHEN);
    }

    @Test
    void aStreetOfTheSameNameInAnotherDistrictIsAnotherTenant() {
        TenantAccess panlongJinchen = reader.read(token(JIXIAO, "/panlong/jinchen", "street-editor"));
        TenantAccess wuhuaJinchen = reader.read(token(JIXIAO, "/wuhua/jinchen", "street-editor"));

        assertThat(wuhuaJinchen.streetId()).isNotEqualTo(panlongJinchen.streetId());
        assertThat(wuhuaJinchen.canRead(panlongJinchen.districtId(), panlongJinchen.streetId())).isFalse();
    }

    @Test
    void theSameGroupsInASecondTrustedRealmAreOtherTenants() {
        TenantAccess home = reader.read(token(JIXIAO, "/panlong/jinchen", "street-editor"));
        TenantAccess other = reader.read(token(YUNNAN, "/panlong/jinchen", "street-editor"));
        TenantAccess otherOverseer = reader.read(token(YUNNAN, "/panlong", "district-overseer"));

        assertThat(other.streetId()).isEqualTo("yunnan:panlong:jinchen").isNotEqualTo(home.streetId());
        assertThat(otherOverseer.canRead(home.districtId(), home.streetId()))
                .as("a district of the same name in another realm sees nothing of this one").isFalse();
    }

    @Test
    void aConfiguredNamespaceTellsApartTwoServersWithARealmOfTheSameName() {
        SecurityProperties.Issuer second = new SecurityProperties.Issuer("https://sso.b.example/realms/jixiao", null, "b-jixiao");
        TenantAccessReader configured = new TenantAccessReader(issuer ->
                issuer.equals(second.uri()) ? second.effectiveNamespace() : TenantIds.namespaceOfIssuer(issuer));

        assertThat(configured.read(token(second.uri(), "/panlong/jinchen", "street-editor")).streetId())
                .isEqualTo("b-jixiao:panlong:jinchen");
        assertThat(configured.read(token(JIXIAO, "/panlong/jinchen", "street-editor")).streetId())
                .isEqualTo("jixiao:panlong:jinchen");
    }

    @Test
    void aGroupNameWithTheSeparatorCannotPoseAsAQualifiedIdAndYieldsNoTenant() {
        TenantAccess posing = reader.read(token(JIXIAO, "/panlong/jinchen:x", "street-editor"));

        assertThat(posing.districtId()).isNull();
        assertThat(posing.streetId()).isNull();
    }

    @Test
    void theNamespaceIsTheRealmsNameInTheIssuer() {
        assertThat(TenantIds.namespaceOfIssuer(JIXIAO)).contains("jixiao");
        assertThat(TenantIds.namespaceOfIssuer(JIXIAO + "/")).contains("jixiao");
        assertThat(TenantIds.namespaceOfIssuer(null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> TenantIds.district("jixiao", "pan:long")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Jwt token(String issuer, String group, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuer(issuer)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("preferred_username", "someone")
                .claim("groups", List.of(group))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
    }
}
