package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverviewFilterTest {

    @Test
    void listsAreCommaSeparatedAndNamesAreReadInAnyCase() {
        OverviewFilter filter = OverviewFilter.parse(" jixiao:panlong:jinchen ", "submitted, UNDER_REVIEW", "优,未评分",
                "red,None", null, null, "  ");

        assertThat(filter.streetId()).isEqualTo("jixiao:panlong:jinchen");
        assertThat(filter.statuses()).containsExactlyInAnyOrder(EvaluationStatus.SUBMITTED, EvaluationStatus.UNDER_REVIEW);
        assertThat(filter.grades()).containsExactly(Grade.优);
        assertThat(filter.ungraded()).isTrue();
        assertThat(filter.lights()).containsExactlyInAnyOrder(OverviewLight.RED, OverviewLight.NONE);
        assertThat(filter.text()).as("a blank search is no search").isNull();
    }

    @Test
    void nothingGivenIsNoFilter() {
        assertThat(OverviewFilter.parse(null, null, null, null, null, null, null)).isEqualTo(OverviewFilter.NONE);
    }

    @Test
    void anUnknownValueIsABadRequestNamingTheParameterAndWhatIsAllowed() {
        assertThatThrownBy(() -> OverviewFilter.parse(null, "SUBMITTED,SENT", null, null, null, null, null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.toProblemDetail().getDetail()).contains("状态「SENT」无效")
                            .contains("status \"SENT\" is invalid");
                    assertThat(problem.toProblemDetail().getProperties()).containsEntry("parameter", "status");
                });
        assertThatThrownBy(() -> OverviewFilter.parse(null, null, "A", null, null, null, null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.toProblemDetail().getProperties())
                        .containsEntry("allowed", java.util.List.of("优", "良", "中", "差", "未评分")));
        assertThatThrownBy(() -> OverviewFilter.parse(null, null, null, "BLUE", null, null, null))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aScoreRangeThatIsEmptyIsABadRequest() {
        assertThatThrownBy(() -> OverviewFilter.parse(null, null, null, null, new BigDecimal("90"), new BigDecimal("80"), null))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.toProblemDetail().getDetail()).contains("最低分不能高于最高分"));
    }
}
