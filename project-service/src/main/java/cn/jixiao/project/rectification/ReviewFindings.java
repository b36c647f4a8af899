package cn.jixiao.project.rectification;

import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.project.templates.EvaluationSnapshotListener;

/**
 * Opens the 整改 items of a self-evaluation from evaluation-service's snapshots: the district's return with its
 * reasons, and the 复核 deductions once the district has approved or finalized it ({@link ReviewDeductions}); every
 * snapshot is handled alike, and one delivered again opens nothing new.
 */
@Component
class ReviewFindings implements EvaluationSnapshotListener {

    private final Rectifications rectifications;

    ReviewFindings(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public Mono<Void> onSnapshot(EvaluationSnapshot snapshot) {
        return rectifications.openFromFindings(new Rectification.ProjectRef(snapshot.districtId(), snapshot.streetId(),
                snapshot.projectId(), snapshot.projectCode(), snapshot.year()), Stream.concat(
                ReviewDeductions.returnOf(snapshot).stream(), ReviewDeductions.of(snapshot).stream()).toList()).then();
    }
}
