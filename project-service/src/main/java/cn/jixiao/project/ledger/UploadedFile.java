package cn.jixiao.project.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.util.unit.DataSize;

/**
 * An uploaded ledger file, received into a temporary file (never into memory) and cut off as soon as it
 * passes the size limit.
 */
record UploadedFile(Path path, String fileName) {

    static Mono<UploadedFile> receive(FilePart part, DataSize limit) {
        String fileName = baseName(part.filename());
        return Mono.fromCallable(() -> Files.createTempFile("ledger-upload-", ".tmp"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(path -> {
                    AtomicLong received = new AtomicLong();
                    Flux<DataBuffer> limited = part.content().handle((buffer, sink) -> {
                        if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                            DataBufferUtils.release(buffer);
                            sink.error(LedgerFileRefusals.tooLarge(limit));
                        } else {
                            sink.next(buffer);
                        }
                    });
                    UploadedFile upload = new UploadedFile(path, fileName);
                    return DataBufferUtils.write(limited, path).thenReturn(upload)
                            .onErrorResume(failure -> upload.delete().then(Mono.error(failure)));
                });
    }

    /** The file's own name, without any folder a browser sent along; "upload" when it sent none. */
    private static String baseName(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }

    Mono<Void> delete() {
        return Mono.<Void>fromCallable(() -> {
            Files.deleteIfExists(path);
            return null;
        }).subscribeOn(Schedulers.boundedElastic()).onErrorResume(IOException.class, leftForTheOs -> Mono.empty());
    }
}
