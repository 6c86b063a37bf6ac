package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * One HTML page, from a file or an http(s) URL: one document, its body chosen and its metadata read as
 * {@link HtmlExtractor} describes (article body, navigation dropped; title from {@code og:title} or
 * {@code <title>}; URL from the canonical link or {@code og:url}).
 *
 * <p>Dates: a date in the page (meta tags, JSON-LD, {@code <time datetime>}) → {@link DateOrigin#PAGE}; else no
 * date ({@link DateOrigin#NONE}: a file's modification time and an HTTP {@code Last-Modified} header say when
 * the bytes were last touched, not when the article was published).
 *
 * <p>The URL of a fetched page is its canonical URL when it has one, else the URL it was finally fetched from.
 * The publisher is {@code og:site_name}, else the host of the article's URL.
 *
 * <p>Failures: "empty file", "binary content, not text", "no article text found", "document too large (…)"
 * when the extracted text is over {@link ReadLimits#documentBytes()}, "page too large (…)" for a file over
 * {@link Sources#MAX_FETCH_BYTES}, and for URLs "URL did not answer: …" or "URL answered HTTP 404".
 */
public final class HtmlSource implements Source {
    private final Path file;
    private final URI url;

    private HtmlSource(Path file, URI url) {
        this.file = file;
        this.url = url;
    }

    /** A page saved as a file. */
    public static HtmlSource ofFile(Path file) {
        return new HtmlSource(Objects.requireNonNull(file, "file"), null);
    }

    /** A page to fetch over http(s). */
    public static HtmlSource ofUrl(URI url) {
        return new HtmlSource(null, Objects.requireNonNull(url, "url"));
    }

    @Override
    public String describe() {
        return file != null ? file.toString() : url.toString();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        sink.accept(file != null ? readFile(file) : readUrl(url));
    }

    private static SourceItem readUrl(URI url) {
        try {
            return fromFetched(Http.get(url), url.toString());
        } catch (Http.FetchFailure e) {
            return new SourceFailure(url.toString(), e.getMessage());
        }
    }

    /** A fetched page to a document or a failure; never throws. */
    static SourceItem fromFetched(Http.Fetched fetched, String input) {
        if (fetched.body().length == 0) {
            return new SourceFailure(input, "empty page");
        }
        String fetchedUrl = fetched.uri().toString();
        return fromBytes(fetched.body(), fetched.charset(), fetchedUrl, null, null, input);
    }

    private static SourceItem readFile(Path file) {
        String input = file.toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new SourceFailure(input, "empty file");
            }
            if (size > Sources.MAX_FETCH_BYTES) {
                return new SourceFailure(input, "page too large (" + TextBytes.megabytes(size) + " > "
                        + TextBytes.megabytes(Sources.MAX_FETCH_BYTES) + ")");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(TextBytes.SNIFF_BYTES);
            }
            if (TextBytes.looksBinaryMarkup(head)) {
                return new SourceFailure(input, "binary content, not text");
            }
            // no fallback date: a file's modification time says when it was copied, not published
            return fromBytes(Files.readAllBytes(file), null, null, null, DateOrigin.NONE, input);
        } catch (IOException e) {
            return new SourceFailure(input, Inputs.reason(e, false));
        }
    }

    /**
     * Page bytes to a document or a failure; never throws.
     *
     * @param charset      the charset the transport declared, or null to detect it
     * @param pageUrl      the URL the page was read from, or null for a file; the article URL when the page
     *                     names no canonical one
     * @param fallbackDate the day to use when the page has none, or null
     */
    static SourceItem fromBytes(byte[] bytes, String charset, String pageUrl, LocalDate fallbackDate,
                                DateOrigin fallbackOrigin, String input) {
        HtmlExtractor.Page page;
        try {
            Document doc = HtmlExtractor.parse(bytes, charset, pageUrl);
            page = HtmlExtractor.extract(doc);
        } catch (IOException | RuntimeException e) {
            return new SourceFailure(input, "not readable as HTML: " + e);
        }
        String articleUrl = page.url() != null ? page.url() : pageUrl;
        return toDocument(page, articleUrl, fallbackDate, fallbackOrigin, input);
    }

    /** An extracted page to a document; the page's own date wins over the fallback. */
    static SourceItem toDocument(HtmlExtractor.Page page, String articleUrl, LocalDate fallbackDate,
                                 DateOrigin fallbackOrigin, String input) {
        if (page.text().isBlank()) {
            return new SourceFailure(input, "no article text found");
        }
        LocalDate date = page.date() != null ? page.date() : fallbackDate;
        DateOrigin origin = page.date() != null ? DateOrigin.PAGE : fallbackOrigin;
        String source = page.siteName() != null ? page.siteName() : host(articleUrl);
        return Documents.of(null, articleUrl, page.title(), date, origin, page.text(), source, input);
    }

    /** The host of a URL without "www.", or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
