package cn.jixiao.project.evidence;

import java.nio.file.Path;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * An upload received completely into a temporary file and inspected: within the size limit, of an accepted
 * format, fingerprinted.
 *
 * @param fileName the name on the uploader's computer, without any directory part
 */
record StagedUpload(Path file, String fileName, EvidenceFormat format, long size, String sha256) {

    private static final int READ_BUFFER = 64 * 1024;

    /** The bytes, read from the temporary file as they are consumed. */
    Flux<DataBuffer> content() {
        return DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, READ_BUFFER);
    }
}
