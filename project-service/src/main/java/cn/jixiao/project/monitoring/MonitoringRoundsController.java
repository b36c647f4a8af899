package cn.jixiao.project.monitoring;

import java.util.List;

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

@Tag(name = "绩效运行监控 Monitoring", description = "区下达监控批次，街道逐项目填报绩效监控表（双监控：预算执行与目标完成），区审核 / "
        + "the district opens a monitoring round, the streets fill each project's form, the district reviews it")
@RestController
@RequestMapping("/api/monitoring/rounds")
class MonitoringRoundsController {

    private final MonitoringRounds rounds;

    MonitoringRoundsController(MonitoringRounds rounds) {
        this.rounds = rounds;
    }

    @Operation(summary = "下达绩效运行监控批次（区复核人员；数据截止日期须为月末；偏差容忍度默认 10 个百分点）/ open a monitoring "
            + "round (the district's overseer; as of a month's last day; margin 10 points unless given)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MonitoringRound> open(TenantAccess caller, @Valid @RequestBody OpenRound request) {
        return rounds.open(caller, request);
    }

    @Operation(summary = "本区的监控批次，最新的在前（街道看到覆盖本街道的批次）/ the district's rounds, newest first (a street "
            + "sees those covering it)")
    @GetMapping
    Mono<List<MonitoringRound>> rounds(TenantAccess caller) {
        return rounds.visible(caller);
    }

    @Operation(summary = "监控看板：批次内各项目的填报状态（未填报、填报中、已提交、审核通过、已退回、逾期未提交）及红灯、黄灯数 / "
            + "the round's dashboard: every project's status with its red and yellow lines")
    @GetMapping("/{roundId}")
    Mono<RoundDashboard> round(TenantAccess caller, @PathVariable String roundId) {
        return rounds.dashboard(caller, roundId);
    }
}
