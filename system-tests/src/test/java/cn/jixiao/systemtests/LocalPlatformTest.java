package cn.jixiao.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.jixiao.systemtests.forms.FormsAsPrintedThread;
import cn.jixiao.systemtests.isolation.IsolationMatrix;
import cn.jixiao.systemtests.onboarding.TenantOnboardingThread;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread on this machine's platform without Docker ({@link LocalPlatform}): the run's
 * {@link SharedDemoPlatform}, after the browser tests. Every thread here creates its own projects and finds them by
 * id or code, so the demo's projects beside them change nothing.
 */
// The matrix runs last: its own-street cells of the tenant routes disable and enable the demo streets.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedDemoPlatform.class)
@Order(SharedDemoPlatform.API_THREADS)
class LocalPlatformTest extends EndToEndThread {

    private LocalPlatform local;

    @BeforeAll
    void platform(LocalPlatform demo) {
        local = demo;
    }

    /** On the same started platform: a street onboarded by API, signed into on Keycloak's pages, disabled, enabled. */
    @Test
    void aStreetOnboardedByApiSignsInWorksAndIsDisabledAndEnabledAgain() {
        new TenantOnboardingThread(platform().gatewayUrl(), platform().projectServiceUrl(), platform().tokenEndpoint()).run();
    }

    /**
     * On the same started platform: published 项目支出绩效自评表 typed in as printed, completed, scored and compared
     * with the printed scores; and the refusals that stay, naming their cell (issue #17).
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void formsAsPrintedSaveAsDraftsAndScoreAsPrinted() {
        FormsAsPrintedThread.Outcome forms = new FormsAsPrintedThread(platform().gatewayUrl(), platform().tokenEndpoint()).run();
        System.out.println("Forms as printed: " + forms.summary());
        assertThat(forms.holds()).as(forms.summary()).isTrue();
    }

    /** On the same started platform: every declared route, every role, own street, sibling, other district, no token. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyRouteAnswersEachRoleOnlyAboutTheStreetsItMaySee() {
        IsolationMatrix.Outcome matrix = new IsolationMatrix(platform()).run();
        System.out.println("Isolation matrix: " + matrix.summary() + "\n" + matrix.details());
        assertThat(matrix.holds()).as("%s%n%s", matrix.summary(), matrix.details()).isTrue();
    }

    @Override
    protected Platform platform() {
        return local.platform();
    }
}
