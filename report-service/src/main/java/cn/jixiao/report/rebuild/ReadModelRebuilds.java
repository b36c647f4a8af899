package cn.jixiao.report.rebuild;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.messaging.replay.ReadModelRebuilder;
import cn.jixiao.messaging.replay.RebuildProgress;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.CurrentTenant;
import cn.jixiao.tenancy.Role;

/**
 * Who may rebuild report-service's read model, and one rebuild at a time: the platform's administrator (of any
 * trusted realm), who belongs to no district, sees no street's data and sees none here either (the progress counts
 * records, it shows none). An auditor's account that also holds the role may read the progress but never start one
 * (the one write rule).
 */
@Service
public class ReadModelRebuilds {

    private final ReadModelRebuilder rebuilder;

    ReadModelRebuilds(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    /** Starts a rebuild in the background and answers its first progress; refused while one runs. */
    public Mono<RebuildProgress> start() {
        return CurrentTenant.signedIn().map(caller -> {
            if (!caller.writesAs(Role.PLATFORM_ADMIN)) {
                throw onlyThePlatformAdministrator();
            }
            return rebuilder.start(caller.username()).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                    "read-model-rebuild-running", Bilingual.of("读模型正在重建", "Read model rebuild running"),
                    Bilingual.of("读模型正在重建，请在本次重建完成后再试",
                            "The read model is being rebuilt; try again once this rebuild has finished"))
                    .with("progress", rebuilder.progress()));
        });
    }

    /** The running rebuild's progress, or the last one's. */
    public Mono<RebuildProgress> progress() {
        return CurrentTenant.signedIn().map(caller -> {
            if (!caller.has(Role.PLATFORM_ADMIN)) {
                throw onlyThePlatformAdministrator();
            }
            return rebuilder.progress();
        });
    }

    private static ProblemException onlyThePlatformAdministrator() {
        return ProblemException.forbidden(Bilingual.of("只有平台管理员可以重建读模型",
                "Only the platform administrator may rebuild the read model"));
    }
}
