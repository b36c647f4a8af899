package cn.jixiao.contracts.project;

import cn.jixiao.contracts.EventType;

/** The events project-service publishes on {@link cn.jixiao.contracts.Topics#PROJECT_EVENTS}. */
public final class ProjectEvents {

    public static final EventType<ProjectRegistered> PROJECT_REGISTERED =
            new EventType<>("ProjectRegistered", 1, ProjectRegistered.class);

    private ProjectEvents() {
    }
}
