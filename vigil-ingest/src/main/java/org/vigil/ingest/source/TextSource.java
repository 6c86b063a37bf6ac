package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * Plain-text files: one file, or every regular file under a folder (recursively, in sorted path order; files
 * and folders whose names start with a dot are skipped). Each file is one document.
 *
 * <ul>
 *   <li>Text is UTF-8 (a byte-order mark is dropped); a file with a few invalid UTF-8 bytes (at most 10%) is
 *       read as Windows-1252, the usual legacy encoding of Western text; more than that fails with
 *       "not UTF-8 text (…)": Cyrillic or Greek in a single-byte encoding cannot be told apart without a
 *       declared charset, and mojibake is worse than a clear failure.</li>
 *   <li>The id is the hash of the normalised text ({@link org.vigil.core.model.ArticleIds#fromText}); there is
 *       no URL.</li>
 *   <li>The title is the first line when it is short (at most 200 characters) and followed by more text.</li>
 *   <li>The date comes from the text when one of its first five non-blank lines is a date line
 *       ({@code Date: 2024-03-05}, {@code Published: March 5, 2024}, or a line holding only a date) →
 *       {@link DateOrigin#PAGE}; else the file's modification time, as a day in the system time zone →
 *       {@link DateOrigin#FILE_TIME}.</li>
 *   <li>An empty file fails with "empty file"; a file with NUL bytes or more than 10% control characters
 *       fails with "binary content, not text"; a file over {@link Sources#MAX_TEXT_BYTES} fails
 *       with "document too large (…)" without being read.</li>
 * </ul>
 */
public final class TextSource implements Source {
    private static final int TITLE_MAX = 200;
    private static final Pattern DATE_HEADER =
            Pattern.compile("(?i)^(date|dated|published|posted|updated)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern DATE_ONLY = Pattern.compile("^[\\w ,.:+\\-/]{6,40}$");

    private final Path path;

    /** @param path a text file, or a folder of them */
    public TextSource(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        if (!Files.isDirectory(path)) {
            sink.accept(readFile(path));
            return;
        }
        List<Path> files;
        try {
            files = Inputs.filesUnder(path);
        } catch (IOException e) {
            sink.accept(new SourceFailure(describe(), "cannot list folder: " + Inputs.reason(e, false)));
            return;
        }
        for (Path file : files) {
            sink.accept(readFile(file));
        }
    }

    /** One file to a document or a failure; never throws. */
    static SourceItem readFile(Path file) {
        String input = file.toString();
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(TextBytes.SNIFF_BYTES);
            }
            if (head.length == 0) {
                return new SourceFailure(input, "empty file");
            }
            String notText = TextBytes.notText(head, head.length);
            if (notText != null) {
                return new SourceFailure(input, notText);
            }
            long size = Files.size(file);
            if (size > Sources.MAX_TEXT_BYTES) {
                return Documents.tooLarge(input, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            notText = TextBytes.notText(bytes, bytes.length);
            if (notText != null) {
                return new SourceFailure(input, notText);
            }
            String text = TextBytes.decode(bytes);
            if (text.isBlank()) {
                return new SourceFailure(input, "no text (only white space)");
            }
            List<String> lines = text.strip().lines().filter(l -> !l.isBlank()).limit(6).toList();
            LocalDate date = dateInText(lines);
            DateOrigin origin = DateOrigin.PAGE;
            if (date == null) {
                date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
                origin = DateOrigin.FILE_TIME;
            }
            String title = lines.size() > 1 && lines.get(0).strip().length() <= TITLE_MAX ? lines.get(0) : null;
            return Documents.of(null, null, title, date, origin, text, null, input);
        } catch (IOException e) {
            return new SourceFailure(input, Inputs.reason(e, false));
        }
    }

    private static LocalDate dateInText(List<String> lines) {
        for (String raw : lines.subList(0, Math.min(5, lines.size()))) {
            String line = raw.strip();
            var header = DATE_HEADER.matcher(line);
            if (header.matches()) {
                LocalDate d = Dates.find(header.group(2));
                if (d != null) {
                    return d;
                }
            } else if (DATE_ONLY.matcher(line).matches()) {
                LocalDate d = Dates.find(line);
                if (d != null && line.replaceAll("[^\\p{L}]", "").length() <= 20) {
                    return d;
                }
            }
        }
        return null;
    }
}
