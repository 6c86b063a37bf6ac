package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.vigil.core.model.Article;

/** Reads the documents to code: a plain-text document, or JSON Lines with one document per line. */
final class Documents {
    private Documents() {
    }

    /** A document and where it came from ({@code FILE:LINE} for JSON Lines, {@code FILE} for plain text). */
    record Doc(String where, Article article) {
    }

    /**
     * The documents of a JSON Lines input, read lazily. Blank lines are skipped; a bad line is reported to
     * {@code problems} as {@code NAME:LINE: reason} and skipped.
     *
     * @param defaultDate date for documents that carry none; may be null
     */
    static Iterator<Doc> jsonl(BufferedReader reader, String name, LocalDate defaultDate, Problems problems) {
        return new Iterator<>() {
            private int lineNumber;
            private Doc next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String line = readLine();
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = name + ":" + lineNumber;
                    try {
                        next = new Doc(where, article(line, defaultDate));
                    } catch (JsonLines.BadLine e) {
                        problems.report(where, e.getMessage());
                    }
                }
                return true;
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Doc doc = next;
                next = null;
                return doc;
            }

            private String readLine() {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(name + ":" + (lineNumber + 1) + ": cannot be read", e);
                }
            }
        };
    }

    /** One JSON document: {@code id} and {@code text} required; {@code date}, {@code title}, {@code url} optional. */
    static Article article(String line, LocalDate defaultDate) throws JsonLines.BadLine {
        JsonNode node = JsonLines.object(line);
        String id = JsonLines.requiredText(node, "id");
        if (id.isBlank()) {
            throw new JsonLines.BadLine("missing id (it is blank)");
        }
        String text = JsonLines.requiredText(node, "text");
        LocalDate date = JsonLines.optionalDate(node, "date");
        return new Article(id, JsonLines.optionalText(node, "url"), JsonLines.optionalText(node, "title"),
                date == null ? defaultDate : date, text);
    }
}
