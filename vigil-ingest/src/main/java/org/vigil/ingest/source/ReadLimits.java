package org.vigil.ingest.source;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sizes every source refuses past, applied while streaming so that no input is held whole before it is
 * measured: the text of one document, one line of JSON Lines, and the bytes one compressed file inflates to.
 *
 * <p>They are the process's memory budget for input, like its heap size: set once at start (by the command's
 * {@code --max-*} flags, see {@link #use}) and read by every source, rather than passed through each reader.
 *
 * @param documentBytes  text of one document, in UTF-8 bytes ("document too large")
 * @param lineBytes      one JSON Lines line, held at most this long ("line too long", skipped unread)
 * @param inflatedBytes  bytes one gzip file (JSONL, WARC) may inflate to ("decompressed file too large")
 */
// Serializable: the Spark job ships the driver's limits to its executors
public record ReadLimits(long documentBytes, long lineBytes, long inflatedBytes) implements Serializable {
    private static final long KB = 1024L;
    private static final long MB = 1024 * KB;

    /**
     * 192 KB of text, so that a document just under the limit is coded within half a minute on two cores with a
     * 1 GiB heap (25 ms of CPU a sentence, about 1,000 sentences): the longest article of the shared corpora is
     * 140 KB (a Wikinews interview), the median 2 KB. A line of 4 MB, so that a JSON Lines
     * document of up to 2 MB is refused as too large, its true cause, rather than as a long line; 1 GB inflated.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(192 * KB, 4 * MB + 64 * KB, 1024 * MB);

    private static volatile ReadLimits current = DEFAULT;

    public ReadLimits {
        if (documentBytes < 1 || lineBytes < 1 || inflatedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + documentBytes + ", " + lineBytes
                    + ", " + inflatedBytes);
        }
    }

    /** The limits in force. */
    public static ReadLimits current() {
        return current;
    }

    /** Puts limits in force for every source read from now on. */
    public static void use(ReadLimits limits) {
        current = java.util.Objects.requireNonNull(limits, "limits");
    }

    public ReadLimits withDocumentBytes(long bytes) {
        return new ReadLimits(bytes, lineBytes, inflatedBytes);
    }

    /**
     * These limits with the line long enough for a document of {@link #documentBytes} escaped in JSON (twice its
     * size, and room for the other fields), for a user who raised only the document limit.
     */
    public ReadLimits withLinesForDocuments() {
        return new ReadLimits(documentBytes, Math.max(lineBytes, 2 * documentBytes + 64 * KB), inflatedBytes);
    }

    public ReadLimits withLineBytes(long bytes) {
        return new ReadLimits(documentBytes, bytes, inflatedBytes);
    }

    public ReadLimits withInflatedBytes(long bytes) {
        return new ReadLimits(documentBytes, lineBytes, bytes);
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    /** A size as a user writes it: "2MB", "512k", "1g", "4096" (bytes; K, M and G are powers of 1024). */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 2MB, 512KB, 1GB or bytes)");
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> MB;
            case "g" -> 1024 * MB;
            default -> 1L;
        };
        try {
            long n = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
            if (n < 1) {
                throw new IllegalArgumentException("a size must be at least one byte: '" + text + "'");
            }
            return n;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("size too large: '" + text + "'");
        }
    }
}
