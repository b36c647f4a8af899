package cn.jixiao.project.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.messaging.outbox.OutboxRelay;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantAccess;

/** Registers a street's project and, in the same write, the {@code ProjectRegistered} event. */
@Service
public class ProjectRegistration {

    private final Projects projects;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    public ProjectRegistration(Projects projects, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.projects = projects;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Project> register(TenantAccess editor, RegisterProject request) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ProjectRegistered registered = new ProjectRegistered(id, editor.districtId(), editor.streetId(),
                request.code(), request.name(), request.year(), request.competentDepartment(), request.implementingUnit());
        EventEnvelope<ProjectRegistered> event = EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED, editor.streetId(), now, registered);
        Project project = new Project(id, editor.districtId(), editor.streetId(), request.code(), request.name(),
                request.year(), request.competentDepartment(), request.implementingUnit(), editor.username(), now, null,
                List.of(PendingEvent.of(Topics.PROJECT_EVENTS, id, event)));
        return projects.insert(project).doOnSuccess(saved -> relay.ifAvailable(OutboxRelay::nudge));
    }
}
