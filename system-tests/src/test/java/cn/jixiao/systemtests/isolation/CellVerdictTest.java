package cn.jixiao.systemtests.isolation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How one answer is judged against its cell, without a platform. */
class CellVerdictTest {

    private static final Route PROJECT = new Route("PUT", "/api/projects/{id}", List.of());
    private static final Column EDITOR_IN_ANOTHER_DISTRICT = Column.parse("street-editor@other-district");
    private static final Column EDITOR_AT_HOME = Column.parse("street-editor@own");

    @Test
    void aRefusalWithNotFoundOrForbiddenIsWhatADeniedCellAsksFor() {
        assertThat(CellResult.judge(PROJECT, EDITOR_IN_ANOTHER_DISTRICT, Expectation.DENY, 404, null).leaks()).isFalse();
        assertThat(CellResult.judge(PROJECT, EDITOR_IN_ANOTHER_DISTRICT, Expectation.DENY, 403, null).leaks()).isFalse();
    }

    @Test
    void anythingElseOnADeniedCellIsALeakEvenAValidationErrorOrAConflict() {
        assertThat(CellResult.judge(PROJECT, EDITOR_IN_ANOTHER_DISTRICT, Expectation.DENY, 200, null).leak())
                .isEqualTo("answered 200 where the table refuses (DENY)");
        assertThat(CellResult.judge(PROJECT, EDITOR_IN_ANOTHER_DISTRICT, Expectation.DENY, 400, null).leak())
                .endsWith("the request was judged before the caller");
        assertThat(CellResult.judge(PROJECT, EDITOR_IN_ANOTHER_DISTRICT, Expectation.DENY, 409, null).leaks()).isTrue();
    }

    @Test
    void anotherStreetsDataInASuccessfulAnswerIsALeakWhateverTheTableSays() {
        CellResult cell = CellResult.judge(PROJECT, EDITOR_AT_HOME, Expectation.FILTERED, 200, "huashan's ISO-huashan-1");
        assertThat(cell.leak()).isEqualTo("the answer shows huashan's ISO-huashan-1");
    }

    @Test
    void anAllowedWriteRefusedForItsStaleVersionStillPassedTheTenantDecision() {
        CellResult cell = CellResult.judge(PROJECT, EDITOR_AT_HOME, Expectation.ALLOW, 409, null);
        assertThat(cell.leaks()).isFalse();
        assertThat(cell.mismatched()).isFalse();
    }

    @Test
    void aRefusalWhereTheTableAllowsIsAMismatchNotALeak() {
        CellResult cell = CellResult.judge(PROJECT, EDITOR_AT_HOME, Expectation.ALLOW, 404, null);
        assertThat(cell.leaks()).isFalse();
        assertThat(cell.mismatch()).isEqualTo("refused with 404 where the table allows");
    }

    @Test
    void withoutATokenOnly401Will() {
        Column anonymous = Column.parse("anonymous");
        assertThat(CellResult.judge(PROJECT, anonymous, Expectation.UNAUTHENTICATED, 401, null).mismatched()).isFalse();
        assertThat(CellResult.judge(PROJECT, anonymous, Expectation.UNAUTHENTICATED, 200, null).leaks()).isTrue();
        assertThat(CellResult.judge(PROJECT, anonymous, Expectation.UNAUTHENTICATED, 403, null).mismatched()).isTrue();
    }

    @Test
    void aFilteredListMustAnswerNotRefuse() {
        Route list = new Route("GET", "/api/projects", List.of());
        assertThat(CellResult.judge(list, EDITOR_IN_ANOTHER_DISTRICT, Expectation.FILTERED, 200, null).mismatched()).isFalse();
        assertThat(CellResult.judge(list, EDITOR_IN_ANOTHER_DISTRICT, Expectation.FILTERED, 403, null).mismatched()).isTrue();
    }

    @Test
    void serverErrorsFailTheMatrixToo() {
        assertThat(CellResult.judge(PROJECT, EDITOR_AT_HOME, Expectation.ALLOW, 500, null).mismatch()).isEqualTo("server error 500");
    }
}
