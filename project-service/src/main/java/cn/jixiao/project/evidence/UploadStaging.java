package cn.jixiao.project.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Receives an upload into a temporary file of its own before anything is stored. The bytes are counted as
 * they arrive and the copy stops at the size limit, so an oversize file is refused without being kept. The
 * complete file is then sniffed (a ZIP's central directory sits at its end, so DOCX and XLSX can only be told
 * apart once all bytes are in) and fingerprinted, and only then handed on to be stored. The temporary file is
 * deleted whatever happens.
 */
@Component
class UploadStaging {

    private final ContentSniffer sniffer;
    private final DataSize limit;

    UploadStaging(ContentSniffer sniffer, EvidenceProperties properties) {
        this.sniffer = sniffer;
        this.limit = properties.maxSize();
    }

    /** Runs {@code work} on the received and inspected upload, then deletes the temporary copy. */
    <T> Mono<T> staged(FilePart part, Function<StagedUpload, Mono<T>> work) {
        return Mono.usingWhen(
                Mono.fromCallable(() -> Files.createTempFile("jixiao-evidence-", ".upload")).subscribeOn(Schedulers.boundedElastic()),
                file -> receive(part, file)
                        .then(Mono.fromCallable(() -> inspect(file, fileNameOf(part))).subscribeOn(Schedulers.boundedElastic()))
                        .flatMap(work),
                UploadStaging::delete);
    }

    private Mono<Void> receive(FilePart part, Path file) {
        AtomicLong received = new AtomicLong();
        Flux<DataBuffer> counted = part.content().handle((buffer, sink) -> {
            if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                DataBufferUtils.release(buffer);
                sink.error(EvidenceProblems.tooLarge(limit));
            } else {
                sink.next(buffer);
            }
        });
        return DataBufferUtils.write(counted, file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private StagedUpload inspect(Path file, String fileName) throws IOException {
        EvidenceFormat format;
        try {
            format = sniffer.sniff(file);
        } catch (UnsupportedContent refused) {
            throw EvidenceProblems.unsupported(refused.reason(), fileName);
        }
        String name = fileName.isEmpty() ? "evidence." + format.extension() : fileName;
        return new StagedUpload(file, name, format, Files.size(file), sha256(file));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The bare file name: some browsers send the whole path of the uploader's computer. */
    private static String fileNameOf(FilePart part) {
        String name = part.filename() == null ? "" : part.filename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    private static Mono<Void> delete(Path file) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
