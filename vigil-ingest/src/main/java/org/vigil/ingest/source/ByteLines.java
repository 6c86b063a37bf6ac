package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream, split on the line feed of its encoding (one byte, or one UTF-16 code unit), held at
 * most {@code maxLineBytes} at a time: a longer line is skipped to its end without being kept, and reported by its
 * length, so one enormous line (a decompression bomb) costs a bounded buffer.
 */
final class ByteLines {
    /** One line: its bytes (without the line feed), or, for a line over the limit, only its length. */
    record Line(byte[] bytes, int length, long tooLongBytes) {
        boolean tooLong() {
            return tooLongBytes > 0;
        }
    }

    private final InputStream in;
    private final int unit;
    private final boolean bigEndian;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean eof;

    ByteLines(InputStream in, TextEncoding encoding, long maxLineBytes) {
        this.in = in;
        this.unit = encoding.unit();
        this.bigEndian = encoding.bigEndian();
        this.maxLineBytes = maxLineBytes;
    }

    long maxLineBytes() {
        return maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        long dropped = 0;
        boolean any = false;
        while (fill()) {
            any = true;
            int end = lineFeed();
            int stop = end < 0 ? limit - (limit - position) % unit : end;
            int n = stop - position;
            if (dropped == 0 && length + (long) n <= maxLineBytes) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(line.length * 2L, length + n)));
                }
                System.arraycopy(buffer, position, line, length, n);
                length += n;
            } else {
                dropped += dropped == 0 ? length + n : n;
                line = null;
                length = 0;
            }
            position = stop;
            if (end >= 0) {
                position += unit;
                return finished(line, length, dropped);
            }
            if (n == 0) {
                break; // a lone half code unit at the end of the stream
            }
        }
        return any || length > 0 || dropped > 0 ? finished(line, length, dropped) : null;
    }

    private static Line finished(byte[] line, int length, long dropped) {
        return dropped > 0 ? new Line(null, 0, dropped) : new Line(line, length, 0);
    }

    /** The index of the next line feed in the buffer, or -1. */
    private int lineFeed() {
        for (int i = position; i + unit <= limit; i += unit) {
            if (unit == 1 ? buffer[i] == '\n'
                    : bigEndian ? buffer[i] == 0 && buffer[i + 1] == '\n' : buffer[i] == '\n' && buffer[i + 1] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when at least one whole code unit is buffered. */
    private boolean fill() throws IOException {
        if (limit - position >= unit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int kept = limit - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        position = 0;
        limit = kept;
        while (limit < unit || limit == kept) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        return limit - position >= unit;
    }
}
