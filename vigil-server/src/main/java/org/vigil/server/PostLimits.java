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
    private static final long MB = 1024L * 1024;

    /** Ingest's defaults: a body with room for a 2 MB text escaped, 2 MB of text. */
    public static final PostLimits DEFAULT = new PostLimits(4 * MB + 64 * 1024, 2 * MB);

    public PostLimits {
        if (bodyBytes < 1 || textBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + bodyBytes + ", " + textBytes);
        }
    }
}
