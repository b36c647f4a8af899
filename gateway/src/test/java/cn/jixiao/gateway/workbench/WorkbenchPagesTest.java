package cn.jixiao.gateway.workbench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which paths are the workbench's own pages (answered with index.html when a browser asks for a page). */
class WorkbenchPagesTest {

    @Test
    void theStartPageAndTheWorkbenchsRoutesArePages() {
        assertThat(WorkbenchConfiguration.isPagePath("/")).isTrue();
        assertThat(WorkbenchConfiguration.isPagePath("/projects")).isTrue();
        assertThat(WorkbenchConfiguration.isPagePath("/projects/p-1/budget")).isTrue();
    }

    @Test
    void theGatewaysOwnPathsAndFilesAreNot() {
        assertThat(WorkbenchConfiguration.isPagePath("/api/projects/p-1")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/api")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/oauth2/authorization/keycloak")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/login")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/logout")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/actuator/health")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/assets/index-1234.js")).isFalse();
        assertThat(WorkbenchConfiguration.isPagePath("/favicon.ico")).isFalse();
    }
}
