package cn.jixiao.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TenantAccessTest {

    private final TenantAccessReader reader = new TenantAccessReader();

    @Test
    void aStreetGroupMakesAStreetUserWhoSeesOnlyThatStreet() {
        TenantAccess editor = reader.read(token(List.of("/panlong/jinchen"), "street-editor", "offline_access"));

        assertThat(editor.districtId()).isEqualTo("panlong");
        assertThat(editor.streetId()).isEqualTo("jinchen");
        assertThat(editor.roles()).containsExactly(Role.STREET_EDITOR);
        assertThat(editor.canRead("panlong", "jinchen")).isTrue();
        assertThat(editor.canEdit("panlong", "jinchen")).isTrue();
        assertThat(editor.canRead("panlong", "tuodong")).isFalse();
        assertThat(editor.canRead("xishan", "jinchen")).as("a street of the same name in another district").isFalse();
        assertThat(editor.label()).isEqualTo("panlong/jinchen");
    }

    @Test
    void aDistrictGroupWithOversightSeesEveryStreetOfTheDistrictAndEditsNone() {
        TenantAccess overseer = reader.read(token(List.of("/panlong"), "district-overseer"));

        assertThat(overseer.isStreetUser()).isFalse();
        assertThat(overseer.canRead("panlong", "jinchen")).isTrue();
        assertThat(overseer.canRead("panlong", "tuodong")).isTrue();
        assertThat(overseer.canRead("xishan", "x")).isFalse();
        assertThat(overseer.canEdit("panlong", "jinchen")).isFalse();
    }

    @Test
    void anAuditorReadsTheDistrictButNeverEdits() {
        TenantAccess auditor = reader.read(token(List.of("/panlong"), "auditor"));

        assertThat(auditor.canRead("panlong", "tuodong")).isTrue();
        assertThat(auditor.canEdit("panlong", "tuodong")).isFalse();
    }

    @Test
    void anAuditorWritesNothingWhateverOtherRoleTheSameAccountHolds() {
        TenantAccess editorAndAuditor = reader.read(token(List.of("/panlong/jinchen"), "street-editor", "street-approver", "auditor"));
        TenantAccess overseerAndAuditor = reader.read(token(List.of("/panlong"), "district-overseer", "auditor"));

        String district = editorAndAuditor.districtId();
        String street = editorAndAuditor.streetId();

        assertThat(editorAndAuditor.canRead(district, street)).isTrue();
        assertThat(editorAndAuditor.mayWrite()).isFalse();
        assertThat(editorAndAuditor.canEdit(district, street)).isFalse();
        assertThat(editorAndAuditor.writesAs(Role.STREET_EDITOR)).isFalse();
        assertThat(editorAndAuditor.writesAs(Role.STREET_APPROVER)).isFalse();
        assertThat(overseerAndAuditor.writesAs(Role.DISTRICT_OVERSEER)).isFalse();
        assertThat(reader.read(token(List.of("/panlong/jinchen"), "street-editor")).writesAs(Role.STREET_EDITOR))
                .as("without the auditor role the editor writes").isTrue();
    }

    @Test
    void aDistrictUserWithoutAnOversightRoleSeesNothing() {
        TenantAccess plain = reader.read(token(List.of("/panlong")));

        assertThat(plain.canRead("panlong", "jinchen")).isFalse();
    }

    @Test
    void membershipOfTwoStreetsIsAmbiguousAndResolvesToNoTenant() {
        TenantAccess ambiguous = reader.read(token(List.of("/panlong/jinchen", "/panlong/tuodong"), "street-editor"));

        assertThat(ambiguous.districtId()).isNull();
        assertThat(ambiguous.canRead("panlong", "jinchen")).isFalse();
        assertThat(ambiguous.canRead("panlong", "tuodong")).isFalse();
    }

    @Test
    void aPlatformAdminWithoutAGroupHasNoTenant() {
        TenantAccess admin = reader.read(token(List.of(), "platform-admin"));

        assertThat(admin.has(Role.PLATFORM_ADMIN)).isTrue();
        assertThat(admin.districtId()).isNull();
        assertThat(admin.label()).isEqualTo("-");
    }

    private static Jwt token(List<String> groups, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("preferred_username", "someone")
                .claim("groups", groups)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
    }
}
