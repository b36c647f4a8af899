package cn.jixiao.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.util.unit.DataSize;

import cn.jixiao.problems.ProblemException;

/**
 * An uploaded file received into a temporary file of its own (never into memory), its bytes counted as they
 * arrive and the copy cut off as soon as it passes the limit. Whoever receives it deletes it afterwards:
 * {@link #using} does both.
 *
 * @param path     the temporary copy
 * @param fileName the name the browser sent, without any folder of the uploader's computer; "upload" if none
 */
public record ReceivedFile(Path path, String fileName) {

    /** Receives {@code part}, runs {@code work} on the copy, and deletes the copy whatever happens. */
    public static <T> Mono<T> using(FilePart part, DataSize limit, Supplier<ProblemException> tooLarge,
                                    Function<ReceivedFile, Mono<T>> work) {
        return Mono.usingWhen(receive(part, limit, tooLarge), work, ReceivedFile::delete,
                (upload, failure) -> upload.delete(), ReceivedFile::delete);
    }

    public static Mono<ReceivedFile> receive(FilePart part, DataSize limit, Supplier<ProblemException> tooLarge) {
        String fileName = baseName(part.filename());
        return Mono.fromCallable(() -> Files.createTempFile("jixiao-upload-", ".tmp"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(path -> {
                    AtomicLong received = new AtomicLong();
                    Flux<DataBuffer> limited = part.content().handle((buffer, sink) -> {
                        if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                            DataBufferUtils.release(buffer);
                            sink.error(tooLarge.get());
                        } else {
                            sink.next(buffer);
                        }
                    });
                    ReceivedFile upload = new ReceivedFile(path, fileName);
                    return DataBufferUtils.write(limited, path).thenReturn(upload)
                            .onErrorResume(failure -> upload.delete().then(Mono.error(failure)));
                });
    }

    /** The file's own name, without any folder a browser sent along or control characters; "upload" when it sent none. */
    static String baseName(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "upload" : name;
    }

    public Mono<Void> delete() {
        return Mono.<Void>fromCallable(() -> {
            Files.deleteIfExists(path);
            return null;
        }).subscribeOn(Schedulers.boundedElastic()).onErrorResume(IOException.class, leftForTheOs -> Mono.empty());
    }
}
