package cn.jixiao.project.ledger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsResource;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.project.Project;

/**
 * Keeps the annotated copy of each rejected upload in GridFS (its own bucket), so that the person can
 * download it, fix the highlighted cells and upload it again. Copies expire after
 * {@code jixiao.ledger.keep-rejected}.
 */
@Component
class RejectedImports {

    static final String BUCKET = "ledgerRejections";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReactiveGridFsTemplate files;

    RejectedImports(ReactiveMongoDatabaseFactory database, MongoConverter converter) {
        this.files = new ReactiveGridFsTemplate(database, converter, BUCKET);
    }

    /** Stores the annotated copy; answers its id, the import id the refusal names. */
    Mono<String> keep(Project project, String fileName, Path annotated, int problemCount) {
        Document metadata = new Document("projectId", project.id())
                .append("districtId", project.districtId())
                .append("tenantId", project.tenantId())
                .append("fileName", fileName)
                .append("problemCount", problemCount);
        Flux<DataBuffer> content = DataBufferUtils.read(annotated, DefaultDataBufferFactory.sharedInstance, 64 * 1024);
        return files.store(content, "错误说明-" + fileName + ".xlsx", XLSX, metadata).map(ObjectId::toHexString);
    }

    /** The annotated copy of a rejected import of this project; 404 for any other id. */
    Mono<Flux<DataBuffer>> annotated(Project project, String importId) {
        if (!ObjectId.isValid(importId)) {
            return Mono.error(notFound(importId));
        }
        return files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(importId))
                        .and("metadata.projectId").is(project.id())))
                .switchIfEmpty(Mono.error(() -> notFound(importId)))
                .flatMap(files::getResource)
                .map(ReactiveGridFsResource::getDownloadStream);
    }

    Mono<Void> deleteOlderThan(Instant cutoff) {
        return files.delete(Query.query(Criteria.where("uploadDate").lt(Date.from(cutoff))));
    }

    private static ProblemException notFound(String importId) {
        return ProblemException.notFound(Bilingual.of("导入记录", "Rejected import"), importId);
    }
}
