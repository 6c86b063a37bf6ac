package org.vigil.ingest.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * A WARC archive, plain ({@code .warc}) or gzip-compressed record by record ({@code .warc.gz}), as Common Crawl
 * News ships them. Each {@code response} record with a 2xx HTTP status and an HTML payload ({@code text/html},
 * {@code application/xhtml+xml}) is one document, its body and metadata read by the same {@link HtmlExtractor}
 * as {@link HtmlSource}. Other records (warcinfo, request, metadata, revisit, redirects, errors, non-HTML
 * payloads) are not articles and are passed over silently.
 *
 * <p>URL: the record's {@code WARC-Target-URI} (not the page's canonical link: the archive says what was
 * fetched). Publisher: {@code og:site_name}, else the target's host.
 *
 * <p><b>Dates.</b> {@code WARC-Date} is when the page was captured, not when it was published; Common Crawl
 * News also captures pages days or years after publication. So the page's own publication date wins
 * ({@link DateOrigin#PAGE}) when it has one that is not after the capture day; else the capture day in UTC
 * ({@link DateOrigin#METADATA}). A page date after its capture is a page error, and is ignored.
 *
 * <p>Failures: "empty file"; "not a WARC file: …" when the first record cannot be parsed; a truncated archive
 * ends reading with one failure "truncated gzip (after N records)" (or "truncated WARC" for a plain file) and
 * every document read before it is kept; records whose bodies add up to more than {@link ReadLimits#inflatedBytes()}
 * end it with "decompressed file too large (…) (after N records)"; a record that cannot be read gives {@code FILE@OFFSET: reason} and
 * reading goes on with the next record. Each document's input is {@code FILE@OFFSET}, the record's offset in the
 * file (compressed offset for {@code .warc.gz}).
 */
public final class WarcSource implements Source {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final Path file;

    public WarcSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        String name = describe();
        try {
            if (Files.size(file) == 0) {
                sink.accept(new SourceFailure(name, "empty file"));
                return;
            }
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, Inputs.reason(e, false)));
            return;
        }
        try (WarcReader reader = new WarcReader(file)) {
            readRecords(reader, sink);
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, "not a WARC file: " + firstLine(e)));
        }
    }

    private void readRecords(WarcReader reader, Consumer<SourceItem> sink) {
        boolean gzip = reader.compression() == WarcCompression.GZIP;
        int records = 0;
        long inflated = 0;
        long limit = ReadLimits.current().inflatedBytes();
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
                inflated += next.isPresent() ? next.get().body().size() : 0;
            } catch (IOException | RuntimeException e) {
                sink.accept(readError(e, gzip, records));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            if (inflated > limit) {
                sink.accept(new SourceFailure(describe(), new InflateLimit.Exceeded(limit).getMessage()
                        + " (after " + records + " records)"));
                return;
            }
            records++;
            WarcRecord record = next.get();
            String input = describe() + "@" + record.position();
            SourceItem item;
            try {
                item = record instanceof WarcResponse response ? document(response, input) : null;
            } catch (EOFException | ZipException e) {
                sink.accept(readError(e, gzip, records - 1));
                return;
            } catch (IOException | RuntimeException e) {
                item = new SourceFailure(input, "unreadable record: " + firstLine(e));
            }
            if (item != null) {
                sink.accept(item);
            }
        }
    }

    private SourceFailure readError(Exception e, boolean gzip, int records) {
        String after = " (after " + records + " records)";
        if (e instanceof EOFException || e.getCause() instanceof EOFException) {
            return new SourceFailure(describe(), (gzip ? "truncated gzip" : "truncated WARC") + after);
        }
        if (e instanceof ZipException) {
            return new SourceFailure(describe(), "corrupt gzip: " + firstLine(e) + after);
        }
        if (records == 0) {
            return new SourceFailure(describe(), "not a WARC file: " + firstLine(e));
        }
        return new SourceFailure(describe(), "unreadable WARC: " + firstLine(e) + after);
    }

    /** A response record to a document, a failure, or null when it is not an HTML page. */
    private static SourceItem document(WarcResponse response, String input) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            return null;
        }
        MediaType type = http.contentType();
        if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Sources.MAX_FETCH_BYTES + 1);
        }
        if (body.length > Sources.MAX_FETCH_BYTES) {
            return new SourceFailure(input, "page too large (over " + TextBytes.megabytes(Sources.MAX_FETCH_BYTES)
                    + ")");
        }
        if (body.length == 0) {
            return new SourceFailure(input, "empty page");
        }
        String target = response.target();
        HtmlExtractor.Page page = HtmlExtractor.extract(
                HtmlExtractor.parse(body, type.parameters().get("charset"), target));
        LocalDate captured = Dates.utcDay(response.date());
        if (page.date() != null && captured != null && page.date().isAfter(captured)) {
            page = new HtmlExtractor.Page(page.title(), page.text(), null, page.url(), page.siteName());
        }
        return HtmlSource.toDocument(page, target, captured, DateOrigin.METADATA, input);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }
}
