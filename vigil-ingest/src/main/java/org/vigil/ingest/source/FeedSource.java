package org.vigil.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, from a file or an http(s) URL, read with Rome: one document per entry.
 *
 * <p>An entry's text is its title, a blank line, then its content (or its description when that is longer),
 * with HTML stripped by jsoup and paragraphs kept. The URL is the entry's link; the date is the entry's
 * published date, else its updated date, as a UTC day → {@link DateOrigin#METADATA}, else none. The source is
 * the feed's title. Each entry's input is {@code FEED#N} (N from 1).
 *
 * <p>Failures: a file or answer that is not a feed gives one failure "not an RSS/Atom feed: <parser message>";
 * "empty file"; an entry with neither title nor text gives "FEED#N: entry has no text"; a URL that does not
 * answer gives "URL did not answer: …". A DOCTYPE that only names a DTD (RSS 0.91's) is dropped unread; one that
 * declares entities is refused ({@link FeedDoctype}), so no entity is ever fetched or expanded.
 */
public final class FeedSource implements Source {
    private final Path file;
    private final URI url;

    private FeedSource(Path file, URI url) {
        this.file = file;
        this.url = url;
    }

    /** A feed saved as a file. */
    public static FeedSource ofFile(Path file) {
        return new FeedSource(Objects.requireNonNull(file, "file"), null);
    }

    /** A feed to fetch over http(s). */
    public static FeedSource ofUrl(URI url) {
        return new FeedSource(null, Objects.requireNonNull(url, "url"));
    }

    @Override
    public String describe() {
        return file != null ? file.toString() : url.toString();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        String input = describe();
        if (file == null) {
            try {
                Http.Fetched fetched = Http.get(url);
                parse(fetched.body(), fetched.contentType(), input).forEach(sink);
            } catch (Http.FetchFailure e) {
                sink.accept(new SourceFailure(input, e.getMessage()));
            }
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Sources.MAX_FETCH_BYTES) {
                sink.accept(new SourceFailure(input, "feed too large (" + TextBytes.megabytes(size) + " > "
                        + TextBytes.megabytes(Sources.MAX_FETCH_BYTES) + ")"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.accept(new SourceFailure(input, Inputs.reason(e, false)));
            return;
        }
        if (TextBytes.looksBinaryMarkup(Arrays.copyOf(bytes, Math.min(bytes.length, TextBytes.SNIFF_BYTES)))) {
            sink.accept(new SourceFailure(input, "binary content, not text"));
            return;
        }
        parse(bytes, null, input).forEach(sink);
    }

    /**
     * Feed bytes to one item per entry, or to one failure; never throws.
     *
     * @param contentType the HTTP content type, or null for a file
     */
    static List<SourceItem> parse(byte[] bytes, String contentType, String input) {
        if (bytes.length == 0) {
            return List.of(new SourceFailure(input, file(contentType) ? "empty file" : "empty answer"));
        }
        SyndFeed feed;
        try {
            String xml;
            try (XmlReader reader = contentType == null || contentType.isBlank()
                    ? new XmlReader(new ByteArrayInputStream(bytes))
                    : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                xml = FeedDoctype.withoutExternalDoctype(text.toString());
            }
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException | IOException | RuntimeException e) {
            String message = parserMessage(e);
            return List.of(new SourceFailure(input, message.contains("DOCTYPE is disallowed")
                    ? "a DOCTYPE that declares entities, refused (they could read files or expand without bound)"
                    : "not an RSS/Atom feed: " + message));
        }
        List<SourceItem> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String entryInput = input + "#" + n;
            try {
                items.add(entry(entry, Documents.blankToNull(feed.getTitle()), entryInput));
            } catch (RuntimeException e) {
                items.add(new SourceFailure(entryInput, "unreadable entry: " + e));
            }
        }
        return items;
    }

    private static boolean file(String contentType) {
        return contentType == null;
    }

    private static SourceItem entry(SyndEntry entry, String feedTitle, String input) {
        String title = Documents.blankToNull(HtmlExtractor.fragmentText(entry.getTitle()));
        StringBuilder content = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            String t = contentText(c);
            if (!t.isEmpty()) {
                content.append(content.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        String description = contentText(entry.getDescription());
        String body = description.length() > content.length() ? description : content.toString();
        if (title == null && body.isBlank()) {
            return new SourceFailure(input, "entry has no text");
        }
        String text = title == null ? body : body.isBlank() || body.strip().equals(title) ? title
                : title + "\n\n" + body;
        LocalDate date = Dates.utcDay(entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate());
        return Documents.of(null, link(entry), title, date, DateOrigin.METADATA, text, feedTitle, input);
    }

    private static String link(SyndEntry entry) {
        String link = Documents.blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)https?://.*")) {
            link = entry.getUri();
        }
        return link;
    }

    private static String contentText(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType();
        String value = content.getValue();
        return type.equals("text/plain") || type.equals("text")
                ? value.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip() : HtmlExtractor.fragmentText(value);
    }

    private static String parserMessage(Exception e) {
        Throwable t = e;
        String message = e.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
