package cn.jixiao.evaluation.overview;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Not ready until the overview boards are loaded (part of the readiness probe, see application.yml): an instance
 * that has just started gets no traffic from the local stack or Kubernetes while it reads them, instead of answering
 * its first overview requests seconds late.
 */
@Component("overviewBoardHealthIndicator")
class OverviewBoardHealth implements HealthIndicator {

    private final OverviewBoard board;

    OverviewBoardHealth(OverviewBoard board) {
        this.board = board;
    }

    @Override
    public Health health() {
        if (!board.ready()) {
            return Health.outOfService().withDetail("boards", "loading").build();
        }
        OverviewBoard.Loaded loaded = board.startLoad();
        OverviewBoard.Held held = board.held();
        return Health.up().withDetail("loadedAtStart", loaded.evaluations()).withDetail("loadMillis", loaded.millis())
                .withDetail("districtYears", held.districtYears()).withDetail("rows", held.rows()).build();
    }
}
