package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 *   <li>The encoding is told by {@link TextEncoding}: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16 without
 *       one, UTF-8, or Windows-1252 for legacy Western text; Cyrillic or Greek in a single-byte encoding fails
 *       with "not UTF-8 text (…)", since it cannot be told apart without a declared charset and mojibake is worse
 *       than a clear failure. Invalid UTF-8 in UTF-8 text is replaced by U+FFFD and counted in the document's
 *       {@link org.vigil.core.source.SourceDocument#repair}.</li>
 *   <li>The id is the hash of the normalised text ({@link org.vigil.core.model.ArticleIds#fromText}); there is
 *       no URL.</li>
 *   <li>The title is the first line when it is short (at most 200 characters) and followed by more text.</li>
 *   <li>The date comes from the text when one of its first five non-blank lines is a date line
 *       ({@code Date: 2024-03-05}, {@code Published: March 5, 2024}, or a line holding only a date) →
 *       {@link DateOrigin#PAGE}; else the document is undated: a file's modification time says when it was
 *       copied, not when it was published.</li>
 *   <li>An empty file fails with "empty file"; a file with NUL bytes or more than 10% control characters
 *       fails with "binary content, not text"; a file over {@link ReadLimits#documentBytes()} fails
 *       with "document too large (…)" without being held.</li>
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
        Inputs.Listing listing;
        try {
            listing = Inputs.filesUnder(path);
        } catch (IOException e) {
            sink.accept(new SourceFailure(describe(), "cannot list folder: " + Inputs.reason(e, false)));
            return;
        }
        listing.failures().forEach(sink);
        for (Path file : listing.files()) {
            sink.accept(readFile(file));
        }
    }

    /** One document from any stream (standard input), named {@code name} in messages. */
    public static Source single(String name, Opener opener) {
        return new Source() {
            @Override
            public String describe() {
                return name;
            }

            @Override
            public void read(Consumer<SourceItem> sink) {
                try (InputStream in = opener.open()) {
                    sink.accept(TextSource.read(in, name));
                } catch (IOException e) {
                    sink.accept(new SourceFailure(name, Inputs.reason(e, false)));
                }
            }
        };
    }

    /** One file to a document or a failure; never throws. */
    static SourceItem readFile(Path file) {
        SourceItem[] item = new SourceItem[1];
        single(file.toString(), () -> Files.newInputStream(file)).read(read -> item[0] = read);
        return item[0];
    }

    /**
     * One document from a stream (a file, standard input), read up to one byte over the size limit: a larger
     * input fails with "document too large" without being held.
     */
    static SourceItem read(InputStream in, String input) throws IOException {
        long limit = ReadLimits.current().documentBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length == 0) {
            return new SourceFailure(input, "empty file");
        }
        TextEncoding.Sniffed sniffed = TextEncoding.sniff(bytes, Math.min(bytes.length, TextBytes.SNIFF_BYTES));
        if (sniffed.refusal() != null) {
            return new SourceFailure(input, sniffed.refusal());
        }
        if (bytes.length > limit) {
            return Documents.tooLarge(input, bytes.length + in.transferTo(OutputStream.nullOutputStream()));
        }
        TextEncoding encoding = sniffed.encoding();
        Decoded decoded = Decoded.of(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(), encoding);
        String text = decoded.text();
        if (text.isBlank()) {
            return new SourceFailure(input, "empty text (only white space)");
        }
        List<String> lines = text.strip().lines().filter(l -> !l.isBlank()).limit(6).toList();
        String title = lines.size() > 1 && lines.get(0).strip().length() <= TITLE_MAX ? lines.get(0) : null;
        SourceItem item = Documents.of(null, null, title, dateInText(lines), DateOrigin.PAGE, text, null, input);
        return JsonlSource.repaired(item, decoded.repair(encoding));
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
