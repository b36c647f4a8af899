package cn.jixiao.project.project;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.tenancy.TenantAccess;

/**
 * Answers the project list: from this instance's {@link ProjectListReadModel} once it is loaded, and from the
 * store's query while it is still loading after a start (the same page, only slower).
 */
@Service
public class ProjectListing {

    private final ProjectListReadModel readModel;
    private final Projects projects;

    ProjectListing(ProjectListReadModel readModel, Projects projects) {
        this.readModel = readModel;
        this.projects = projects;
    }

    public Mono<ProjectPage> page(TenantAccess caller, ProjectFilter filter, int page, int size) {
        if (readModel.loaded()) {
            return Mono.fromSupplier(() -> readModel.page(caller, filter, page, size));
        }
        return fromTheStore(caller, filter, page, size);
    }

    /** The page as the store's query answers it: what the list did before the read model, and does while it loads. */
    Mono<ProjectPage> fromTheStore(TenantAccess caller, ProjectFilter filter, int page, int size) {
        return Mono.zip(projects.visibleTo(caller, filter, page, size).map(ProjectView::of).collectList(),
                        projects.countVisible(caller, filter))
                .map(found -> new ProjectPage(found.getT1(), page, size, found.getT2()));
    }
}
