package org.vigil.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * JSON Lines, one article per line, plain or gzip-compressed ({@code .jsonl.gz}; gzip is recognised by its magic
 * bytes, whatever the name):
 *
 * <pre>{"id": "a1", "url": "https://…", "title": "…", "date": "2024-03-05", "source": "Reuters", "text": "…"}</pre>
 *
 * <p>Only {@code text} is required. {@code id} defaults to the id from the URL, else from the text
 * ({@link org.vigil.core.model.ArticleIds#of}). {@code date} is an ISO date, an ISO or RFC 1123 timestamp, or
 * epoch seconds/milliseconds, from 1900 to the end of next year ({@link Dates#check}); its origin is
 * {@link DateOrigin#METADATA}. Blank lines are skipped. The encoding is told once per file by
 * {@link TextEncoding} (UTF-16 with or without a byte-order mark included); invalid UTF-8 in a line is
 * replaced and counted in that document's {@link SourceDocument#repair}. A line over
 * {@link ReadLimits#lineBytes()} is skipped without being held, with a failure naming its length.
 *
 * <p>Bad input never stops the file: a line that is not a JSON object, has no text, or has a date that cannot
 * be read becomes a failure {@code file:LINE: reason} and the next line is read. A truncated gzip ends the file
 * with one failure "truncated gzip (after N lines)", and one that inflates past {@link ReadLimits#inflatedBytes()}
 * with "decompressed file too large (…) (after N lines)"; every line before it has been emitted. An empty file, and a
 * file that is binary rather than text, give one failure each.
 */
public final class JsonlSource implements Source {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String name;
    private final Opener opener;

    public JsonlSource(Path file) {
        this(Objects.requireNonNull(file, "file").toString(), () -> Files.newInputStream(file));
    }

    /** JSON Lines from any stream (standard input), named {@code name} in messages. */
    public JsonlSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        boolean gzip = false;
        try (InputStream raw = opener.open()) {
            Inputs.Opened opened = Inputs.open(raw);
            gzip = opened.gzip();
            byte[] head = Inputs.peek(opened.in());
            if (head.length == 0) {
                sink.accept(new SourceFailure(name, "empty file"));
                return;
            }
            TextEncoding.Sniffed sniffed = TextEncoding.sniff(head, head.length);
            if (sniffed.refusal() != null) {
                sink.accept(new SourceFailure(name, sniffed.refusal()));
                return;
            }
            opened.in().skipNBytes(sniffed.encoding().bomLength());
            readLines(new ByteLines(opened.in(), sniffed.encoding(), ReadLimits.current().lineBytes()),
                    sniffed.encoding(), gzip, sink);
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, Inputs.reason(e, gzip)));
        }
    }

    private void readLines(ByteLines lines, TextEncoding encoding, boolean gzip, Consumer<SourceItem> sink) {
        int lineNumber = 0;
        while (true) {
            ByteLines.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.accept(new SourceFailure(name, Inputs.reason(e, gzip) + " (after " + lineNumber + " lines)"));
                return;
            }
            if (line == null) {
                return;
            }
            lineNumber++;
            String input = name + ":" + lineNumber;
            if (line.tooLong()) {
                sink.accept(new SourceFailure(input, "line too long (" + TextBytes.megabytes(line.tooLongBytes())
                        + " > " + TextBytes.megabytes(lines.maxLineBytes())
                        + ", see --max-line), skipped unread"));
                continue;
            }
            Decoded decoded = Decoded.of(line.bytes(), 0, line.length(), encoding);
            if (!decoded.text().isBlank()) {
                sink.accept(repaired(parseLine(decoded.text(), input), decoded.repair(encoding)));
            }
        }
    }

    /** The document with what decoding repaired in it, for the run to report. */
    static SourceItem repaired(SourceItem item, String repair) {
        return repair != null && item instanceof SourceDocument doc ? doc.withRepair(repair) : item;
    }

    /** One line to a document or a failure; never throws. */
    static SourceItem parseLine(String line, String input) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new SourceFailure(input, "not valid JSON: " + jsonReason(e));
        }
        if (node == null || !node.isObject()) {
            return new SourceFailure(input, "not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return new SourceFailure(input, "no \"text\" field");
        }
        if (!text.isTextual()) {
            return new SourceFailure(input, "\"text\" is not a string");
        }
        LocalDate date = null;
        String dateText = scalar(node, "date");
        if (dateText != null) {
            try {
                date = Dates.check(dateText);
            } catch (Dates.BadDate e) {
                return new SourceFailure(input, e.getMessage());
            }
        }
        DateOrigin origin = DateOrigin.METADATA;
        if (date == null) {
            date = DatelineDates.find(text.asText());
            origin = DateOrigin.DATELINE;
        }
        return Documents.of(scalar(node, "id"), scalar(node, "url"), scalar(node, "title"), date,
                origin, text.asText(), scalar(node, "source"), input);
    }

    /** Jackson's message, on one line, without its "at [Source: …]" location (the input names the line). */
    private static String jsonReason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        m = m.lines().findFirst().orElse("").strip();
        return m.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "");
    }

    /** A string or number field as text, or null when absent, null or blank. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }
}
