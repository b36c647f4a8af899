package cn.jixiao.project.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * The decisions on a project's red flags, one document per project keyed by the project id: a decision and its
 * audit entry are one versioned write. The flags themselves are never stored; they are computed from the ledger on
 * every read, and a decision applies to the flag of its key.
 */
@Document(ProjectFlagDecisions.COLLECTION)
record ProjectFlagDecisions(@Id String projectId, String districtId, String tenantId, int year,
                            List<FlagDecision> decisions, @Version Long version, List<PendingEvent> outbox)
        implements HasOutbox, TenantDocuments.OfAStreet {

    static final String COLLECTION = "red_flag_decisions";

    ProjectFlagDecisions {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        outbox = HasOutbox.kept(outbox);
    }

    static ProjectFlagDecisions none(Project project) {
        return new ProjectFlagDecisions(project.id(), project.districtId(), project.tenantId(), project.year(),
                List.of(), null, List.of());
    }

    Optional<FlagDecision> of(String flagKey) {
        return decisions.stream().filter(decision -> decision.flagKey().equals(flagKey)).findFirst();
    }

    ProjectFlagDecisions plus(FlagDecision decision, PendingEvent audit) {
        List<FlagDecision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new ProjectFlagDecisions(projectId, districtId, tenantId, year, all, version,
                HasOutbox.plus(outbox, List.of(audit)));
    }
}
