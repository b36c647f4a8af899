package cn.jixiao.project.rectification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "整改 Rectification")
@RestController
@RequestMapping("/api/projects/{projectId}/rectifications")
class ProjectRectificationsController {

    private final Rectifications rectifications;

    ProjectRectificationsController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Operation(summary = "项目的整改事项，及上一年度同一项目编码的整改事项（carriedOver）/ the project's rectification items, "
            + "and last year's of the same code")
    @GetMapping
    Mono<ProjectRectifications> items(TenantAccess caller, @PathVariable String projectId) {
        return rectifications.ofProject(caller, projectId);
    }

    @Operation(summary = "录入整改事项（区复核人员：问题、整改期限）/ open an item by hand (the district's overseer)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<RectificationView> open(TenantAccess caller, @PathVariable String projectId,
                                 @Valid @RequestBody OpenRectification request) {
        return rectifications.open(caller, projectId, request);
    }

    @Operation(summary = "提交整改措施（本街道填报或审核人员；佐证材料须为本项目清单中的材料；需提交读取时的版本号，冲突返回 409）/ "
            + "answer with the measures (the street's editor or approver; 409 if changed meanwhile)")
    @PostMapping("/{rectificationId}/answer")
    Mono<RectificationView> answer(TenantAccess caller, @PathVariable String projectId,
                                   @PathVariable String rectificationId,
                                   @Valid @RequestBody AnswerRectification request) {
        return rectifications.answer(caller, projectId, rectificationId, request);
    }

    @Operation(summary = "确认整改（区复核人员，意见可选）/ confirm the measures (the district's overseer)")
    @PostMapping("/{rectificationId}/confirmation")
    Mono<RectificationView> confirm(TenantAccess caller, @PathVariable String projectId,
                                    @PathVariable String rectificationId,
                                    @Valid @RequestBody DecideRectification request) {
        return rectifications.decide(RectificationStep.CONFIRM, caller, projectId, rectificationId, request);
    }

    @Operation(summary = "退回整改（区复核人员，须填写意见）/ send the item back (the district's overseer, with a comment)")
    @PostMapping("/{rectificationId}/send-back")
    Mono<RectificationView> sendBack(TenantAccess caller, @PathVariable String projectId,
                                     @PathVariable String rectificationId,
                                     @Valid @RequestBody DecideRectification request) {
        return rectifications.decide(RectificationStep.SEND_BACK, caller, projectId, rectificationId, request);
    }
}
