package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whose render comes next on the one worker every tenant shares. Each turn gives every street with work
 * waiting exactly one job, its oldest, and the streets take their turn in the order their oldest job has been
 * waiting. A street that queues many jobs therefore only lengthens its own wait: another street's request is
 * rendered after at most one job of each street ahead of it.
 */
final class RenderTurns {

    private RenderTurns() {
    }

    /**
     * The reports whose next job runs in this turn: one per street, the street that has waited longest first.
     *
     * @param ready whether a job may run now; one that may not (e.g. still waiting for its evaluation to arrive)
     *              does not take its street's turn, so it cannot hold up the street's other jobs
     */
    static List<ReportArchive> nextTurn(List<ReportArchive> withPendingJobs, Predicate<RenderJob> ready) {
        Map<Street, ReportArchive> oldestOfEachStreet = new LinkedHashMap<>();
        withPendingJobs.stream()
                .filter(archive -> archive.nextJob().filter(ready).isPresent())
                .sorted(Comparator.comparing(RenderTurns::waitingSince))
                .forEach(archive -> oldestOfEachStreet.putIfAbsent(Street.of(archive), archive));
        return List.copyOf(oldestOfEachStreet.values());
    }

    private static Instant waitingSince(ReportArchive archive) {
        return archive.nextJob().map(RenderJob::requestedAt).orElse(Instant.MAX);
    }

    /** A street is known by its district and its own id together, never by a name that might repeat. */
    private record Street(String districtId, String tenantId) {

        static Street of(ReportArchive archive) {
            return new Street(archive.districtId(), archive.tenantId());
        }
    }
}
