package cn.jixiao.report.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效监控表 Monitoring form")
@RestController
@RequestMapping("/api/reports/{projectId}/monitoring/{roundId}")
class MonitoringFormController {

    private final MonitoringForms forms;

    MonitoringFormController(MonitoringForms forms) {
        this.forms = forms;
    }

    @Operation(summary = "项目在监控轮次中提交的绩效监控表及审核状态 / the project's submitted monitoring form of a round",
            description = "街道最近一次提交的绩效运行监控表（资金执行、绩效指标、红黄绿偏差及原因和纠偏措施）与区级审核"
                    + "（待审核、已通过、已退回及意见）/ the street's latest submission and the district's review")
    @GetMapping
    Mono<MonitoringForm> form(@PathVariable String projectId, @PathVariable String roundId, TenantAccess caller) {
        return forms.forReader(caller, projectId, roundId);
    }

    @Operation(summary = "下载绩效监控表（DOCX 或 XLSX）/ the monitoring form as DOCX or XLSX")
    @GetMapping("/{format}")
    Mono<ResponseEntity<byte[]>> file(@PathVariable String projectId, @PathVariable String roundId,
                                      @Parameter(description = "docx 或 xlsx") @PathVariable String format,
                                      TenantAccess caller) {
        return forms.file(caller, projectId, roundId, format);
    }
}
