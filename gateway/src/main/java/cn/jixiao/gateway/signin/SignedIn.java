package cn.jixiao.gateway.signin;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAuthentication;

/**
 * What the workbench is told about who signed in, to build its menus: read from the verified access token,
 * never from anything the browser keeps. It grants nothing: each service checks the token again.
 *
 * @param username    the login name, e.g. jinchen-editor
 * @param displayName the person's name as an office writes it, e.g. 李晓明 (family name first, no space)
 * @param roles       Keycloak's names of the roles, e.g. street-editor
 * @param tenant      the street or district the user works in, the kind {@code platform} for users of none
 * @param district    the district, absent for platform users
 * @param street      the street, absent for district and platform users
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignedIn(String username, String displayName, List<String> roles, Tenant tenant, Unit district, Unit street) {

    /** @param id the qualified id, e.g. jixiao:panlong:jinchen; absent for the platform */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tenant(String id, String kind) {
    }

    /** @param name the unit's name when the token carries it (claims {@code district_name}, {@code street_name}) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Unit(String id, String name) {
    }

    static SignedIn of(TenantAuthentication user) {
        TenantAccess access = user.access();
        Jwt token = user.getToken();
        List<String> roles = access.roles().stream().sorted(Comparator.naturalOrder()).map(Role::keycloakName).toList();
        Tenant tenant = access.isStreetUser() ? new Tenant(access.streetId(), "street")
                : access.districtId() != null ? new Tenant(access.districtId(), "district")
                : new Tenant(null, "platform");
        Unit district = access.districtId() == null ? null
                : new Unit(access.districtId(), token.getClaimAsString("district_name"));
        Unit street = access.isStreetUser() ? new Unit(access.streetId(), token.getClaimAsString("street_name")) : null;
        return new SignedIn(access.username(), displayName(token, access.username()), roles, tenant, district, street);
    }

    /** 李 and 晓明 are 李晓明, as a Chinese office writes it; Keycloak's {@code name} would be "晓明 李". */
    private static String displayName(Jwt token, String username) {
        String family = token.getClaimAsString("family_name");
        String given = token.getClaimAsString("given_name");
        if (family != null && given != null && (isHan(family) || isHan(given))) {
            return family + given;
        }
        String name = token.getClaimAsString("name");
        return name != null && !name.isBlank() ? name : username;
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
