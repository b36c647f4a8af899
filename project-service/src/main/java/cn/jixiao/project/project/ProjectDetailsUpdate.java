package cn.jixiao.project.project;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Changes a project's details on top of the version the editor read. A concurrent change by someone else
 * makes the save fail with an optimistic-locking error, which the API answers with 409.
 */
@Service
public class ProjectDetailsUpdate {

    private final ProjectAccess access;
    private final Projects projects;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectDetailsUpdate(ProjectAccess access, Projects projects, AuditTrail audit, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Project> update(TenantAccess editor, String projectId, UpdateProjectDetails request) {
        Instant now = clock.instant();
        return access.editable(editor, projectId).flatMap(project -> {
            ProjectDetails details = request.details();
            long revision = request.version() + 1;
            ProjectUpdated updated = new ProjectUpdated(project.id(), project.districtId(), project.tenantId(),
                    project.code(), details.name(), project.year(), details.competentDepartment(),
                    details.implementingUnit(), details.fundCategory(), details.fundingSources(), details.periodStart(),
                    details.periodEnd(), details.overview(), details.overallGoal(), details.annualGoals(),
                    details.status().name(), revision);
            List<PendingEvent> events = List.of(
                    PendingEvent.of(Topics.PROJECT_EVENTS, project.id(),
                            EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, project.tenantId(), now, updated)),
                    audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "project", "updated",
                            project.details(), details, now));
            return projects.save(project.withDetails(details, request.version(), events));
        });
    }
}
