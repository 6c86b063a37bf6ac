package org.vigil.server;

/**
 * What one {@code POST /api/articles} may make the server hold: the body as it streams in (413 past it) and the
 * article's text in UTF-8 bytes (400 past it). {@code vigil serve} sets them from the same flags as ingest's
 * limits, {@code --max-line} and {@code --max-document}, so a document refused by one is refused by the other.
 *
 * @param bodyBytes the request body, JSON included
 * @param textBytes the article's text, as UTF-8
 */
public record PostLimits(long bodyBytes, long textBytes) {
    private static final long KB = 1024L;

    /** Ingest's defaults: a body as long as ingest's longest line, 192 KB of text. */
    public static final PostLimits DEFAULT = new PostLimits(4 * 1024 * KB + 64 * KB, 192 * KB);

    public PostLimits {
        if (bodyBytes < 1 || textBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + bodyBytes + ", " + textBytes);
        }
    }
}
