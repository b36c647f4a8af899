package cn.jixiao.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import cn.jixiao.problems.ProblemException;

/**
 * Watches the bytes of one XML part of a workbook on their way to the parser, and stops the part as soon as it
 * breaks a limit: more unpacked bytes than {@code maxBytes} (a ZIP bomb), a DTD (the door to external entities and
 * to entity expansion), or a tag, comment, processing instruction or CDATA section longer than
 * {@code maxMarkupBytes} (the parser keeps each of them whole in memory, unlike text, which it hands on in pieces).
 * A NUL byte never occurs in the UTF-8 that spreadsheet programs write; the lexing below relies on that.
 */
final class XmlGuard extends FilterInputStream {

    private enum State { TEXT, OPENED, BANG, TAG, QUOTED, COMMENT, CDATA, INSTRUCTION }

    private final String part;
    private final long maxBytes;
    private final int maxMarkupBytes;
    private long bytes;
    private State state = State.TEXT;
    private int quote;
    private int tokenLength;
    private int previous;
    private int beforePrevious;

    XmlGuard(InputStream in, String part, long maxBytes, int maxMarkupBytes) {
        super(in);
        this.part = part;
        this.maxBytes = maxBytes;
        this.maxMarkupBytes = maxMarkupBytes;
    }

    /** A limit broken while the parser was reading; the parser passes I/O failures through to its caller. */
    static final class Refused extends IOException {

        private final transient ProblemException refusal;

        Refused(ProblemException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        ProblemException refusal() {
            return refusal;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            inspect(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            inspect(buffer[offset + i] & 0xFF);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("an XML part is read, never skipped");
    }

    private void inspect(int b) throws IOException {
        if (++bytes > maxBytes) {
            throw new Refused(UploadRefusals.partTooLarge(part, maxBytes));
        }
        if (b == 0) {
            throw new IOException(part + " is not UTF-8 XML");
        }
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.OPENED;
                    tokenLength = 1;
                }
            }
            case OPENED -> state = b == '!' ? State.BANG : b == '?' ? State.INSTRUCTION : State.TAG;
            case BANG -> {
                if (b == '-') {
                    state = State.COMMENT;
                } else if (b == '[') {
                    state = State.CDATA;
                } else {
                    // <!DOCTYPE, <!ENTITY, <!ELEMENT …: only a DTD starts so
                    throw new Refused(UploadRefusals.doctype(part));
                }
            }
            case TAG -> {
                if (b == '"' || b == '\'') {
                    state = State.QUOTED;
                    quote = b;
                } else if (b == '>') {
                    state = State.TEXT;
                }
            }
            case QUOTED -> {
                if (b == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> {
                if (b == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.TEXT;
                }
            }
            case CDATA -> {
                if (b == '>' && previous == ']' && beforePrevious == ']') {
                    state = State.TEXT;
                }
            }
            case INSTRUCTION -> {
                if (b == '>' && previous == '?') {
                    state = State.TEXT;
                }
            }
        }
        if (state != State.TEXT && ++tokenLength > maxMarkupBytes) {
            throw new Refused(UploadRefusals.markupTooLong(part, maxMarkupBytes));
        }
        beforePrevious = previous;
        previous = b;
    }
}
