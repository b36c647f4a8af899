package cn.jixiao.project.rectification;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;

/**
 * Opens the 整改 items of a self-evaluation's 复核 deductions from evaluation-service's snapshots, once the district
 * has approved or finalized it ({@link ReviewDeductions}); every snapshot is handled alike, and one delivered again
 * opens nothing new.
 */
@Component
public class ReviewFindings {

    private final Rectifications rectifications;

    ReviewFindings(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    public Mono<Void> record(EvaluationSnapshot snapshot) {
        return rectifications.openFromFindings(new Rectification.ProjectRef(snapshot.districtId(), snapshot.streetId(),
                snapshot.projectId(), snapshot.projectCode(), snapshot.year()), ReviewDeductions.of(snapshot)).then();
    }
}
