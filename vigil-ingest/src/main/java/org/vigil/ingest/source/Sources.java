package org.vigil.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * The right {@link Source} for a path or URL, and the limits every source applies.
 *
 * <p><b>Huge documents.</b> A document whose text is over {@link ReadLimits#documentBytes()} (192 KB of UTF-8 by
 * default) is not read: it becomes one failure "document too large (10.0 MB &gt; 192.0 KB, see --max-document)".
 * A news article is a few kilobytes, a long interview 140 KB; more is a mis-split dump, a log, a transcript or a
 * book, and cutting it would store a partial "article" that reads as complete. The failure names the input and
 * the flag, so a user who does want it can split it or raise the limit (about 10 s more per 100 KB on two
 * cores). Raw pages and fetched answers are refused over {@link #MAX_FETCH_BYTES}.
 */
public final class Sources {
    /** HTML pages, feeds and HTTP answers larger than this (in bytes) are refused. */
    public static final long MAX_FETCH_BYTES = 32L * 1024 * 1024;

    private Sources() {
    }

    /**
     * The source for a path or URL; never throws, and does no network I/O until {@link Source#read}.
     *
     * <ul>
     *   <li>{@code http://} or {@code https://} → fetched once on read; an HTML answer is read as by
     *       {@link HtmlSource}, an RSS/Atom answer (by content type, else by its first tag) as by
     *       {@link FeedSource}. A URL that does not answer gives "URL did not answer: …" (connection refused,
     *       unknown host, or nothing within 5 s to connect or 5 s more to begin the answer).</li>
     *   <li>{@code file:} URLs → as their path;</li>
     *   <li>the output folder of the Spark job (an {@code articles} and an {@code events} table) →
     *       {@link SparkRunSource}: articles with the events the cluster coded for them;</li>
     *   <li>a folder → every file under it (recursively, sorted, dot-files skipped), each read by the rules
     *       below: a folder of text files reads as {@link TextSource} reads it, and a folder of JSONL, HTML,
     *       feeds or WARC files is read as such rather than as text;</li>
     *   <li>{@code .jsonl}, {@code .ndjson}, {@code .jsonl.gz} → {@link JsonlSource};
     *       {@code .html}, {@code .htm}, {@code .xhtml} → {@link HtmlSource};
     *       {@code .xml}, {@code .rss}, {@code .atom} → {@link FeedSource};
     *       {@code .warc}, {@code .warc.gz} → {@link WarcSource}; {@code .txt} → {@link TextSource};</li>
     *   <li>any other file → by its content: a WARC header, a JSON object, a feed's first tag, an HTML tag,
     *       else text; binary content gives "binary content, not text", an empty file "empty file".</li>
     *   <li>anything else → a source that emits one failure ("no such file or folder", …).</li>
     * </ul>
     */
    public static Source open(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            return failed(String.valueOf(pathOrUrl), "no path or URL given");
        }
        String spec = pathOrUrl.strip();
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return new UrlSource(new URI(spec));
            } catch (Exception e) {
                return failed(spec, "not a valid URL: " + e.getMessage());
            }
        }
        if (lower.startsWith("file:")) {
            try {
                return forPath(Path.of(new URI(spec)));
            } catch (Exception e) {
                return failed(spec, "not a valid file URL: " + e.getMessage());
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return failed(spec, "unsupported URL scheme (only http and https)");
        }
        Path path;
        try {
            path = Path.of(spec);
        } catch (InvalidPathException e) {
            return failed(spec, "not a valid path: " + e.getMessage());
        }
        return forPath(path);
    }

    /** The source for a local file or folder, by extension, else by content. */
    public static Source forPath(Path path) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return SparkRunSource.isRunOutput(path) ? new SparkRunSource(path) : new FolderSource(path);
        }
        if (!Files.exists(path)) {
            return failed(path.toString(), whyMissing(path));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz")) {
            return new JsonlSource(path);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HtmlSource.ofFile(path);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return FeedSource.ofFile(path);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcSource(path);
        }
        if (name.endsWith(".txt")) {
            return new TextSource(path);
        }
        return sniff(path);
    }

    /** Why a path that does not exist cannot be read: missing, or a symbolic link loop, or a denied folder. */
    private static String whyMissing(Path path) {
        try {
            path.toRealPath();
            return "no such file or folder";
        } catch (java.nio.file.NoSuchFileException e) {
            return "no such file or folder";
        } catch (IOException e) {
            return Inputs.reason(e, false);
        }
    }

    /** A source that reads nothing and emits one failure. */
    public static Source failed(String input, String reason) {
        SourceFailure failure = new SourceFailure(input, reason);
        return new Source() {
            @Override
            public String describe() {
                return input;
            }

            @Override
            public void read(Consumer<SourceItem> sink) {
                sink.accept(failure);
            }
        };
    }

    private static Source sniff(Path path) {
        String input = path.toString();
        byte[] head;
        boolean gzip;
        try {
            gzip = Inputs.isGzip(path);
            try (BufferedInputStream in = Inputs.open(path, gzip)) {
                head = in.readNBytes(4096);
            }
        } catch (IOException e) {
            boolean truncated = e instanceof java.io.EOFException;
            return failed(input, truncated ? "truncated gzip" : Inputs.reason(e, false));
        }
        if (head.length == 0) {
            return failed(input, "empty file");
        }
        TextEncoding.Sniffed sniffed = TextEncoding.sniff(head, head.length);
        String start = sniffed.encoding() == null ? new String(head, StandardCharsets.ISO_8859_1)
                : Decoded.of(head, 0, head.length, sniffed.encoding()).text();
        start = start.replace("\uFEFF", "").stripLeading();
        String lowerStart = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) {
            return new WarcSource(path);
        }
        if (start.startsWith("{")) {
            return new JsonlSource(path);
        }
        if (start.matches("(?s)^\\[\\s*[{\\]].*")) {
            return failed(input, "a JSON array, not JSON Lines (one object per line)");
        }
        if (!gzip && isFeed(lowerStart)) {
            return FeedSource.ofFile(path);
        }
        if (!gzip && (lowerStart.startsWith("<!doctype html") || lowerStart.startsWith("<html")
                || lowerStart.contains("<html"))) {
            return HtmlSource.ofFile(path);
        }
        if (gzip) {
            return failed(input, "unknown compressed content (expected .jsonl.gz or .warc.gz)");
        }
        if (sniffed.refusal() != null) {
            return failed(input, sniffed.refusal());
        }
        return new TextSource(path);
    }

    /** True when the text starts like an RSS or Atom document. */
    static boolean isFeed(String lowerStart) {
        String s = lowerStart;
        // skip an XML declaration, comments and processing instructions
        while (s.startsWith("<?") || s.startsWith("<!--")) {
            int end = s.indexOf(s.startsWith("<?") ? "?>" : "-->");
            if (end < 0) {
                return false;
            }
            s = s.substring(end + (s.startsWith("<?") ? 2 : 3)).stripLeading();
        }
        return s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf");
    }

    /** A folder: each file under it read by the source {@link #forPath} picks for it. */
    private static final class FolderSource implements Source {
        private final Path folder;

        FolderSource(Path folder) {
            this.folder = folder;
        }

        @Override
        public String describe() {
            return folder.toString();
        }

        @Override
        public void read(Consumer<SourceItem> sink) {
            Inputs.Listing listing;
            try {
                listing = Inputs.filesUnder(folder);
            } catch (IOException e) {
                sink.accept(new SourceFailure(describe(), "cannot list folder: " + Inputs.reason(e, false)));
                return;
            }
            listing.failures().forEach(sink);
            for (Path file : listing.files()) {
                forPath(file).read(sink);
            }
        }
    }

    /** An http(s) URL: fetched once on read, then read as a page or a feed by what it answered. */
    private static final class UrlSource implements Source {
        private final URI url;

        UrlSource(URI url) {
            this.url = url;
        }

        @Override
        public String describe() {
            return url.toString();
        }

        @Override
        public void read(Consumer<SourceItem> sink) {
            String input = describe();
            Http.Fetched fetched;
            try {
                fetched = Http.get(url);
            } catch (Http.FetchFailure e) {
                sink.accept(new SourceFailure(input, e.getMessage()));
                return;
            }
            String type = fetched.mediaType();
            String start = new String(fetched.body(), 0, Math.min(fetched.body().length, 1024),
                    StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            boolean feedType = type.contains("rss") || type.contains("atom") || type.endsWith("/xml")
                    || type.endsWith("+xml") && !type.contains("xhtml");
            if (isFeed(start) || feedType && !start.contains("<html")) {
                FeedSource.parse(fetched.body(), fetched.contentType(), input).forEach(sink);
            } else if (type.isEmpty() || type.contains("html") || start.contains("<html")) {
                sink.accept(HtmlSource.fromFetched(fetched, input));
            } else {
                sink.accept(new SourceFailure(input, "neither an HTML page nor an RSS/Atom feed (content type "
                        + type + ")"));
            }
        }
    }
}
