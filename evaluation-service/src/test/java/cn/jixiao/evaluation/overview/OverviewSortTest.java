package cn.jixiao.evaluation.overview;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverviewSortTest {

    @Test
    void aKeyAloneSortsAscending() {
        assertThat(OverviewSort.parse("budget")).isEqualTo(new OverviewSort(OverviewSort.Key.BUDGET, false));
        assertThat(OverviewSort.parse(" projectCode ")).isEqualTo(new OverviewSort(OverviewSort.Key.PROJECT_CODE, false));
    }

    @Test
    void aDirectionMayFollowAfterAComma() {
        assertThat(OverviewSort.parse("rate,desc")).isEqualTo(new OverviewSort(OverviewSort.Key.RATE, true));
        assertThat(OverviewSort.parse("Score, ASC")).isEqualTo(new OverviewSort(OverviewSort.Key.SCORE, false));
    }

    @Test
    void theDistrictPagesColumnsSortToo() {
        assertThat(OverviewSort.parse("grade,desc")).isEqualTo(new OverviewSort(OverviewSort.Key.GRADE, true));
        assertThat(OverviewSort.parse("reviewScore")).isEqualTo(new OverviewSort(OverviewSort.Key.REVIEW_SCORE, false));
        assertThat(OverviewSort.parse("light,asc")).isEqualTo(new OverviewSort(OverviewSort.Key.LIGHT, false));
        assertThat(OverviewSort.parse("executed")).isEqualTo(new OverviewSort(OverviewSort.Key.EXECUTED, false));
        assertThat(OverviewSort.parse("projectName,desc").text()).isEqualTo("projectName,desc");
    }

    @Test
    void nothingGivenMeansByStreet() {
        assertThat(OverviewSort.parse(null)).isEqualTo(OverviewSort.DEFAULT);
        assertThat(OverviewSort.parse("  ")).isEqualTo(OverviewSort.DEFAULT);
        assertThat(OverviewSort.DEFAULT.key()).isEqualTo(OverviewSort.Key.STREET);
    }

    @Test
    void anUnknownKeyOrDirectionIsABadRequestListingTheKeys() {
        for (String bad : new String[] {"name", "rate,up", "rate,desc,asc", ",desc"}) {
            assertThatThrownBy(() -> OverviewSort.parse(bad)).isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.status().value()).isEqualTo(400);
                assertThat(problem.toProblemDetail().getProperties()).containsEntry("allowed",
                        java.util.List.of("street", "projectCode", "projectName", "budget", "executed", "rate", "score",
                                "reviewScore", "grade", "light", "status"));
            });
        }
    }
}
