package cn.jixiao.report.targets;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.report.assembly.TargetsAssembly;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.readmodel.ReportAccess;
import cn.jixiao.tenancy.TenantAccess;

/** A project's 绩效目标表 for a reader who may see the project: its street, the district's overseers, auditors. */
@Service
class TargetsForms {

    private final ReportAccess access;

    TargetsForms(ReportAccess access) {
        this.access = access;
    }

    Mono<TargetsForm> forReader(TenantAccess reader, String projectId) {
        return access.readable(reader, projectId, null).map(TargetsAssembly::form);
    }
}
