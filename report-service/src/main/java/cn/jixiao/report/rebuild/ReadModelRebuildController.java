package cn.jixiao.report.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.messaging.replay.RebuildProgress;

@Tag(name = "读模型重建 Read model rebuild")
@RestController
@RequestMapping("/api/reports/admin/read-model/rebuild")
class ReadModelRebuildController {

    private final ReadModelRebuilds rebuilds;

    ReadModelRebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "从事件重建报告服务的读模型 / rebuild report-service's read model from the event topics",
            description = "仅平台管理员；删除项目、评价和模板大纲的副本后从各主题开头重放，报告文本和已生成的报告文件不受影响；"
                    + "进度见 GET / platform administrator only; drops the copies of projects, evaluations and template "
                    + "outlines and replays the topics from their beginning; report texts and rendered reports are kept; "
                    + "progress at GET")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RebuildProgress> rebuild() {
        return rebuilds.start();
    }

    @Operation(summary = "读模型重建的进度 / the progress of the read model's rebuild")
    @GetMapping
    Mono<RebuildProgress> progress() {
        return rebuilds.progress();
    }
}
