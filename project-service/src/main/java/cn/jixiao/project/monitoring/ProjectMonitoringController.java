package cn.jixiao.project.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效运行监控 Monitoring")
@RestController
@RequestMapping("/api/projects/{projectId}/monitoring/{roundId}")
class ProjectMonitoringController {

    private final MonitoringWorkflow workflow;

    ProjectMonitoringController(MonitoringWorkflow workflow) {
        this.workflow = workflow;
    }

    @Operation(summary = "项目在该批次的绩效监控表：预算执行与支出进度（台账、预算自动带出）、各指标完成进度、偏差灯及须补充的说明 / "
            + "the project's monitoring form in the round, prefilled, with its lights and missing explanations")
    @GetMapping
    Mono<MonitoringForm> form(TenantAccess caller, @PathVariable String projectId, @PathVariable String roundId) {
        return workflow.read(caller, projectId, roundId);
    }

    @Operation(summary = "填报绩效监控表（本街道填报人员；提交整张表；需提交读取时的版本号，首次为空，冲突返回 409）/ fill the form "
            + "(the street's editor; the whole form; 409 if changed meanwhile)")
    @PutMapping
    Mono<MonitoringForm> fill(TenantAccess caller, @PathVariable String projectId, @PathVariable String roundId,
                              @Valid @RequestBody FillMonitoring request) {
        return workflow.fill(caller, projectId, roundId, request);
    }

    @Operation(summary = "提交绩效监控表（本街道填报或审核人员；红灯、黄灯行缺少偏差原因或纠偏措施时 422 并逐项列出）/ submit the "
            + "form (the street's editor or approver; 422 listing every missing explanation)")
    @PostMapping("/submission")
    Mono<MonitoringForm> submit(TenantAccess caller, @PathVariable String projectId, @PathVariable String roundId,
                                @Valid @RequestBody TakeMonitoringStep request) {
        return workflow.take(MonitoringStep.SUBMIT, caller, projectId, roundId, request);
    }

    @Operation(summary = "审核通过绩效监控表（区复核人员，意见可选）/ approve the form (the district's overseer)")
    @PostMapping("/approval")
    Mono<MonitoringForm> approve(TenantAccess caller, @PathVariable String projectId, @PathVariable String roundId,
                                 @Valid @RequestBody TakeMonitoringStep request) {
        return workflow.take(MonitoringStep.APPROVE, caller, projectId, roundId, request);
    }

    @Operation(summary = "退回绩效监控表（区复核人员，须填写意见）/ return the form (the district's overseer, with a comment)")
    @PostMapping("/return")
    Mono<MonitoringForm> returnToStreet(TenantAccess caller, @PathVariable String projectId,
                                        @PathVariable String roundId, @Valid @RequestBody TakeMonitoringStep request) {
        return workflow.take(MonitoringStep.RETURN, caller, projectId, roundId, request);
    }
}
