package cn.jixiao.report.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsResource;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.ReportFormat;

/**
 * The rendered files, in the GridFS bucket {@value #BUCKET}. Each file's metadata names its report, version,
 * project, district and street and carries its SHA-256, so a file can be traced to its owner and checked.
 */
@Component
class ReportFiles {

    static final String BUCKET = "reports";

    private final ReactiveGridFsTemplate gridFs;

    ReportFiles(ReactiveMongoDatabaseFactory database, MongoConverter converter) {
        this.gridFs = new ReactiveGridFsTemplate(database, converter, BUCKET);
    }

    Mono<StoredFile> store(ReportArchive archive, int versionNumber, ReportFormat format, String fileName,
                           byte[] content) {
        String sha256 = sha256(content);
        Document metadata = new Document("reportId", archive.id())
                .append("version", versionNumber)
                .append("format", format.name())
                .append("projectId", archive.projectId())
                .append("districtId", archive.districtId())
                .append("tenantId", archive.tenantId())
                .append("sha256", sha256);
        Flux<DataBuffer> bytes = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content));
        return gridFs.store(bytes, fileName, format.contentType(), metadata)
                .map(id -> new StoredFile(format.name(), id.toHexString(), fileName, format.contentType(), sha256,
                        content.length));
    }

    /** The bytes of a stored file, which must belong to the archive. */
    Mono<Flux<DataBuffer>> content(ReportArchive archive, StoredFile file) {
        return gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(file.fileId()))
                        .and("metadata.reportId").is(archive.id())
                        .and("metadata.tenantId").is(archive.tenantId())))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "GridFS file " + file.fileId() + " of report " + archive.id() + " is missing")))
                .flatMap(gridFs::getResource)
                .map(ReactiveGridFsResource::getDownloadStream);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
