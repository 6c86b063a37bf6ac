package org.vigil.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The inflated bytes of a gzip file, counted as they are read: past the limit a read fails with
 * {@link Exceeded}, so a decompression bomb costs the time of reading the limit, never more.
 */
final class InflateLimit extends FilterInputStream {
    /** Reading past the limit: "decompressed file too large (over 1024.0 MB)". */
    static final class Exceeded extends IOException {
        Exceeded(long limit) {
            super("decompressed file too large (over " + TextBytes.megabytes(limit) + ", see --max-inflated)");
        }
    }

    private final long limit;
    private long read;

    InflateLimit(InputStream inflated, long limit) {
        super(inflated);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws Exceeded {
        read += n;
        if (read > limit) {
            throw new Exceeded(limit);
        }
    }
}
