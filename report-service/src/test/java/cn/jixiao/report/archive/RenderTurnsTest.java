package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderTurnsTest {

    private static final Instant NINE = Instant.parse("2024-03-20T01:00:00Z");
    private static final Predicate<RenderJob> ANY = job -> true;

    @Test
    void eachStreetWithWorkWaitingGetsOneJobPerTurnTheLongestWaitingStreetFirst() {
        ReportArchive jinchenFirst = waiting("p-1", "panlong", "jinchen", NINE);
        ReportArchive jinchenSecond = waiting("p-2", "panlong", "jinchen", NINE.plusSeconds(1));
        ReportArchive jinchenThird = waiting("p-3", "panlong", "jinchen", NINE.plusSeconds(2));
        ReportArchive tuodong = waiting("p-4", "panlong", "tuodong", NINE.plusSeconds(60));

        List<ReportArchive> turn = RenderTurns.nextTurn(List.of(jinchenThird, tuodong, jinchenSecond, jinchenFirst), ANY);

        assertThat(turn).containsExactly(jinchenFirst, tuodong);
    }

    @Test
    void aStreetOfTheSameNameInAnotherDistrictIsAnotherTenant() {
        ReportArchive panlong = waiting("p-1", "panlong", "jinchen", NINE);
        ReportArchive xishan = waiting("p-2", "xishan", "jinchen", NINE.plusSeconds(5));

        assertThat(RenderTurns.nextTurn(List.of(xishan, panlong), ANY)).containsExactly(panlong, xishan);
    }

    @Test
    void aJobThatCannotRunYetDoesNotHoldUpItsStreetsOtherJobs() {
        ReportArchive waitingForItsEvaluation = waiting("p-1", "panlong", "jinchen", NINE);
        ReportArchive ready = waiting("p-2", "panlong", "jinchen", NINE.plusSeconds(1));

        List<ReportArchive> turn = RenderTurns.nextTurn(List.of(waitingForItsEvaluation, ready),
                job -> !job.id().equals("job-p-1"));

        assertThat(turn).containsExactly(ready);
    }

    @Test
    void aReportWithNothingWaitingTakesNoTurn() {
        ReportArchive idle = ReportArchive.open("p-1", "panlong", "jinchen", "C-1", 2023, 1);

        assertThat(RenderTurns.nextTurn(List.of(idle), ANY)).isEmpty();
    }

    private static ReportArchive waiting(String projectId, String district, String street, Instant requestedAt) {
        return ReportArchive.open(projectId, district, street, "C-" + projectId, 2023, 1)
                .enqueue(RenderJob.queued("job-" + projectId, List.of("PDF"), false, 1, "someone", requestedAt));
    }
}
