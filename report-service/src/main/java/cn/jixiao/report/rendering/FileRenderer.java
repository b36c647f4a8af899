package cn.jixiao.report.rendering;

import java.util.Objects;
import java.util.function.Function;

import cn.jixiao.report.document.DocumentFormat;
import cn.jixiao.report.document.FileType;

/**
 * A format as what it is: a file type and the function that writes a document as that file. Each format of the
 * service is one of these, named for Spring by its subclass (e.g. the HTML of the 绩效目标表), so no format restates
 * the file type's name, media type and extension.
 */
public abstract class FileRenderer<D> implements DocumentFormat<D> {

    private final FileType type;
    private final Function<D, byte[]> writer;

    protected FileRenderer(FileType type, Function<D, byte[]> writer) {
        this.type = Objects.requireNonNull(type, "type");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public final FileType type() {
        return type;
    }

    @Override
    public final byte[] render(D document) {
        return writer.apply(document);
    }
}
