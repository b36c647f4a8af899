package cn.jixiao.project.project;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "项目 Projects", description = "街道的财政支出项目 / a street's funded projects")
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectRegistration registration;
    private final ProjectDetailsUpdate detailsUpdate;
    private final ProjectListing listing;
    private final ProjectAccess access;

    ProjectController(ProjectRegistration registration, ProjectDetailsUpdate detailsUpdate, ProjectListing listing,
                      ProjectAccess access) {
        this.registration = registration;
        this.detailsUpdate = detailsUpdate;
        this.listing = listing;
        this.access = access;
    }

    @Operation(summary = "登记项目 / register a project (street editors)")
    @PostMapping
    Mono<ResponseEntity<ProjectView>> register(@Valid @RequestBody RegisterProject request,
                                               @StreetEditor TenantAccess editor) {
        return registration.register(editor, request)
                .map(project -> ResponseEntity.created(URI.create("/api/projects/" + project.id()))
                        .body(ProjectView.of(project)));
    }

    @Operation(summary = "项目列表 / projects the caller may see")
    @GetMapping
    Mono<ProjectPage> list(@Parameter(description = "预算年度 / year") @RequestParam(required = false) Integer year,
                           @Parameter(description = "街道（区级用户）/ street, for district users") @RequestParam(required = false) String streetId,
                           @Parameter(description = "项目状态 / status") @RequestParam(required = false) ProjectStatus status,
                           @Parameter(description = "编码或名称包含 / code or name contains") @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                           TenantAccess caller) {
        return listing.page(caller, new ProjectFilter(year, streetId, status, q), page, size);
    }

    @Operation(summary = "项目详情 / one project")
    @GetMapping("/{id}")
    Mono<ProjectView> get(@PathVariable String id, TenantAccess caller) {
        return access.readable(caller, id).map(ProjectView::of);
    }

    @Operation(summary = "修改项目基本信息（需提交读取时的版本号，冲突返回 409）/ change the details (409 if changed meanwhile)")
    @PutMapping("/{id}")
    Mono<ProjectView> update(@PathVariable String id, @Valid @RequestBody UpdateProjectDetails request,
                             @StreetEditor TenantAccess editor) {
        return detailsUpdate.update(editor, id, request).map(ProjectView::of);
    }
}
