package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.report.ReportEvents;
import cn.jixiao.contracts.report.ReportRendered;

import static org.assertj.core.api.Assertions.assertThat;

class ReportArchiveTest {

    private static final Instant NOON = Instant.parse("2024-03-20T04:00:00Z");

    private final ReportArchive archive = ReportArchive.open("project-1", "panlong", "jinchen",
            "MZTJ-2023-001", 2023, 1);

    @Test
    void aQueuedJobIsThePendingOneUntilItFinishes() {
        RenderJob job = RenderJob.queued("job-1", List.of("PDF"), false, 3, "jinchen-editor", NOON);

        ReportArchive queued = archive.enqueue(job);
        ReportArchive running = queued.replace(job.running(NOON));
        ReportArchive failed = running.replace(job.failed("生成失败", NOON));

        assertThat(queued.pendingJob()).isEqualTo("job-1");
        assertThat(running.pendingJob()).isEqualTo("job-1");
        assertThat(failed.pendingJob()).isNull();
        assertThat(failed.job("job-1")).get().extracting(RenderJob::status).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void aJobQueuedBehindAnotherIsPendingOnceTheFirstIsDone() {
        RenderJob first = RenderJob.queued("job-1", List.of("PDF"), false, 3, "jinchen-editor", NOON);
        RenderJob second = RenderJob.queued("job-2", List.of("DOCX"), false, 4, "jinchen-editor", NOON);
        ReportArchive both = archive.enqueue(first).enqueue(second);

        ReportArchive firstDone = both.completed(first, version(1), NOON);

        assertThat(both.pendingJob()).isEqualTo("job-1");
        assertThat(firstDone.pendingJob()).isEqualTo("job-2");
    }

    @Test
    void completingAJobStoresTheNextVersionAndAnnouncesItInTheSameDocument() {
        RenderJob job = RenderJob.queued("job-1", List.of("PDF", "DOCX"), true, 14, "system", NOON);
        ReportArchive queued = archive.enqueue(job);

        ReportArchive done = queued.completed(job, version(queued.nextVersionNumber()), NOON);

        assertThat(done.versions()).singleElement().satisfies(stored -> assertThat(stored.number()).isEqualTo(1));
        assertThat(done.job("job-1")).get().satisfies(finished -> {
            assertThat(finished.status()).isEqualTo(JobStatus.DONE);
            assertThat(finished.versionNumber()).isEqualTo(1);
        });
        assertThat(done.nextVersionNumber()).isEqualTo(2);
        assertThat(done.outbox()).singleElement().satisfies(pending -> {
            assertThat(pending.key()).isEqualTo("project-1");
            ReportRendered rendered = new EventCodec().payloadAs(new EventCodec().read(pending.json()),
                    ReportEvents.REPORT_RENDERED).payload();
            assertThat(rendered.reportId()).isEqualTo("project-1-1");
            assertThat(rendered.evaluationId()).isEqualTo("eval-1");
            assertThat(rendered.versionNumber()).isEqualTo(1);
            assertThat(rendered.finalReport()).isTrue();
            assertThat(rendered.evaluationRevision()).isEqualTo(14);
            assertThat(rendered.files()).extracting(ReportRendered.RenderedFile::format).containsExactly("PDF", "DOCX");
        });
    }

    @Test
    void onlyTheNewestFinishedJobsAreKeptWhileEveryWaitingJobStays() {
        ReportArchive busy = archive;
        for (int i = 1; i <= ReportArchive.FINISHED_JOBS_KEPT + 10; i++) {
            RenderJob job = RenderJob.queued("done-" + i, List.of("PDF"), false, 1, "jinchen-editor", NOON.plusSeconds(i));
            busy = busy.enqueue(job);
            busy = busy.replace(job.failed("生成失败", NOON.plusSeconds(i)));
        }
        RenderJob waiting = RenderJob.queued("waiting", List.of("DOCX"), false, 1, "jinchen-editor", NOON.plusSeconds(100));

        ReportArchive trimmed = busy.enqueue(waiting);

        assertThat(trimmed.jobs()).hasSize(ReportArchive.FINISHED_JOBS_KEPT + 1);
        assertThat(trimmed.job("done-10")).as("the oldest finished jobs are dropped").isEmpty();
        assertThat(trimmed.job("done-11")).isPresent();
        assertThat(trimmed.jobs().get(trimmed.jobs().size() - 1).id()).isEqualTo("waiting");
        assertThat(trimmed.pendingJob()).isEqualTo("waiting");
        assertThat(trimmed.unfinishedJobs()).isEqualTo(1);
    }

    private static ReportVersion version(int number) {
        return new ReportVersion(number, true, "eval-1", 14, "national", 1, "system", NOON, List.of(
                new StoredFile("PDF", "f1", "报告.pdf", "application/pdf", "ab", 10),
                new StoredFile("DOCX", "f2", "报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "cd", 20)));
    }
}
