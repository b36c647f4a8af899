package cn.jixiao.report.archive;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;
import cn.jixiao.tenancy.TenantDocuments;

/** The report archives. Reads for users are limited to what the caller may see. */
@Repository
class ReportArchives {

    private final ReactiveMongoTemplate mongo;

    ReportArchives(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ReportArchive> byId(String reportId) {
        return mongo.findById(reportId, ReportArchive.class);
    }

    /** Saves with the version check: a concurrent change fails with an optimistic-locking error. */
    Mono<ReportArchive> save(ReportArchive archive) {
        return mongo.save(archive);
    }

    Flux<ReportArchive> withPendingJobs(int limit) {
        return mongo.find(Query.query(Criteria.where("pendingJob").ne(null)).limit(limit), ReportArchive.class);
    }

    /** The street's reports that have render jobs waiting, for the queue limit per street. */
    Flux<ReportArchive> pendingOfStreet(String districtId, String tenantId) {
        return mongo.find(Query.query(Criteria.where(TenantCriteria.DISTRICT).is(districtId)
                .and(TenantCriteria.TENANT_ID).is(tenantId).and("pendingJob").ne(null)), ReportArchive.class);
    }

    Flux<ReportArchive> visibleOfProject(TenantAccess access, String projectId) {
        return mongo.find(TenantCriteria.allVisible(access, Criteria.where("projectId").is(projectId))
                .with(Sort.by("round")), ReportArchive.class);
    }

    Mono<ReportArchive> findVisible(TenantAccess access, String reportId) {
        return TenantDocuments.visible(mongo, access, reportId, ReportArchive.class);
    }
}
