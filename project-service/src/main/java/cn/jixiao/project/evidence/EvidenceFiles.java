package cn.jixiao.project.evidence;

import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of evidence files, in the GridFS bucket {@code evidence} ({@code evidence.files},
 * {@code evidence.chunks}). Each file's metadata names its project, district, street, evidence id and
 * SHA-256, so a file can always be traced to its owner, even one whose register entry was never written.
 */
@Component
class EvidenceFiles {

    static final String BUCKET = "evidence";

    private final ReactiveGridFsTemplate gridFs;

    EvidenceFiles(ReactiveMongoDatabaseFactory database, MongoConverter converter) {
        this.gridFs = new ReactiveGridFsTemplate(database, converter, BUCKET);
    }

    Mono<ObjectId> store(EvidenceRegister register, String evidenceId, StagedUpload upload) {
        Document metadata = new Document("projectId", register.projectId())
                .append("districtId", register.districtId())
                .append("tenantId", register.tenantId())
                .append("evidenceId", evidenceId)
                .append("sha256", upload.sha256());
        return gridFs.store(upload.content(), upload.fileName(), upload.format().mediaType(), metadata);
    }

    /** The bytes of a listed item; the file must belong to the register's project. */
    Mono<Flux<DataBuffer>> content(EvidenceRegister register, EvidenceItem item) {
        return gridFs.findOne(Query.query(Criteria.where("_id").is(item.fileId())
                        .and("metadata.projectId").is(register.projectId())
                        .and("metadata.tenantId").is(register.tenantId())))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "GridFS file " + item.fileId() + " of listed evidence " + item.evidenceId() + " is missing")))
                .flatMap(gridFs::getResource)
                .map(resource -> resource.getDownloadStream());
    }

    Mono<Void> delete(ObjectId fileId) {
        return gridFs.delete(Query.query(Criteria.where("_id").is(fileId)));
    }
}
