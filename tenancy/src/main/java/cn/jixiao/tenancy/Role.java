package cn.jixiao.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do, as Keycloak realm roles name it. */
public enum Role {
    /** Enters and changes the street's own projects. */
    STREET_EDITOR("street-editor"),
    /** Submits the street's self-evaluations to the district. */
    STREET_APPROVER("street-approver"),
    /** Sees and reviews every street of the district. */
    DISTRICT_OVERSEER("district-overseer"),
    /** Reads everything of the district, changes nothing. */
    AUDITOR("auditor"),
    /** Runs the platform; sees no street's data by this role alone. */
    PLATFORM_ADMIN("platform-admin");

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    public String keycloakName() {
        return keycloakName;
    }

    public static Optional<Role> fromKeycloak(String name) {
        return Arrays.stream(values()).filter(role -> role.keycloakName.equals(name)).findFirst();
    }
}
