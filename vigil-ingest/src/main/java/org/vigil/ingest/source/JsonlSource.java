package org.vigil.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
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
 * epoch seconds/milliseconds; its origin is {@link DateOrigin#METADATA}. Blank lines are skipped.
 *
 * <p>Bad input never stops the file: a line that is not a JSON object, has no text, or has a date that cannot
 * be read becomes a failure {@code file:LINE: reason} and the next line is read. A truncated gzip ends the file
 * with one failure "truncated gzip (after N lines)"; every line before it has been emitted. An empty file, and a
 * file that is binary rather than text, give one failure each.
 */
public final class JsonlSource implements Source {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;

    public JsonlSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        String name = describe();
        boolean gzip;
        try {
            gzip = Inputs.isGzip(file);
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, Inputs.reason(e, false)));
            return;
        }
        try (BufferedInputStream in = Inputs.open(file, gzip)) {
            SourceFailure bad = checkHead(name, Inputs.peek(in));
            if (bad != null) {
                sink.accept(bad);
                return;
            }
            readLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), gzip, sink);
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, Inputs.reason(e, gzip)));
        }
    }

    private static SourceFailure checkHead(String name, byte[] head) {
        if (head.length == 0) {
            return new SourceFailure(name, "empty file");
        }
        String notText = TextBytes.notText(head, head.length);
        if (notText != null) {
            return new SourceFailure(name, notText);
        }
        return null;
    }

    private void readLines(BufferedReader reader, boolean gzip, Consumer<SourceItem> sink) {
        int lineNumber = 0;
        while (true) {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                sink.accept(new SourceFailure(describe(), Inputs.reason(e, gzip) + " (after " + lineNumber
                        + " lines)"));
                return;
            }
            if (line == null) {
                return;
            }
            lineNumber++;
            if (!line.isBlank()) {
                sink.accept(parseLine(line, describe() + ":" + lineNumber));
            }
        }
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
            date = Dates.parse(dateText);
            if (date == null) {
                return new SourceFailure(input, "date \"" + dateText
                        + "\" is neither an ISO date nor a timestamp");
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
