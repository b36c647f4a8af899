package cn.jixiao.problems;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemExceptionTest {

    private final ProblemException conflict = new ProblemException(HttpStatus.CONFLICT, "evaluation-finalized",
            Bilingual.of("自评已定稿", "Evaluation finalized"), Bilingual.of("已定稿的自评不可再修改", "A finalized evaluation never changes"));

    @Test
    void aDetailTravelsBesideTheStandardMembers() {
        ProblemDetail problem = conflict.with("evaluationStatus", "FINALIZED").toProblemDetail();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("evaluationStatus", "FINALIZED").containsEntry("code", "evaluation-finalized");
    }

    @Test
    void aDetailCannotTakeTheNameOfAStandardMember() {
        for (String member : new String[] {"type", "title", "status", "detail", "instance"}) {
            assertThatThrownBy(() -> conflict.with(member, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(member);
        }
    }
}
