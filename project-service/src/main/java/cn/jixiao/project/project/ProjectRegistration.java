package cn.jixiao.project.project;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.tenancy.TenantAccess;

/** Registers a street's project and, in the same write, its {@code ProjectRegistered} event and audit entry. */
@Service
public class ProjectRegistration {

    private final Projects projects;
    private final AuditTrail audit;
    private final Clock clock;

    public ProjectRegistration(Projects projects, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Project> register(TenantAccess editor, RegisterProject request) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ProjectDetails details = ProjectDetails.registered(request);
        ProjectRegistered registered = new ProjectRegistered(id, editor.districtId(), editor.streetId(),
                request.code(), request.name(), request.year(), request.competentDepartment(), request.implementingUnit());
        EventEnvelope<ProjectRegistered> event = EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED, editor.streetId(), now, registered);
        Project project = new Project(id, editor.districtId(), editor.streetId(), request.code(), request.year(), details,
                editor.username(), now, null, List.of(
                        PendingEvent.of(Topics.PROJECT_EVENTS, id, event),
                        audit.entry(editor, id, editor.districtId(), editor.streetId(), "project", "registered",
                                null, request, now)));
        return projects.insert(project);
    }
}
