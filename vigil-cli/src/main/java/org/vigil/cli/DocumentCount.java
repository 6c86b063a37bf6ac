package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How many documents the inputs hold, counted before a run so that progress can say how far it is: a JSON Lines
 * file holds one per non-blank line, a text or HTML file one; folders are the sum of their files (dot-files
 * skipped, as ingest skips them). Anything else (URLs, feeds, WARC, gzip) cannot be counted without reading it
 * whole, so then the total is unknown. Counting reads bytes only, no JSON.
 */
final class DocumentCount {
    private static final List<String> ONE_EACH = List.of(".txt", ".html", ".htm", ".xhtml");
    private static final List<String> ONE_A_LINE = List.of(".jsonl", ".ndjson");

    private DocumentCount() {
    }

    /** The documents in all {@code inputs}, or empty when one of them cannot be counted cheaply. */
    static OptionalLong of(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            OptionalLong n = ofInput(input);
            if (n.isEmpty()) {
                return OptionalLong.empty();
            }
            total += n.getAsLong();
        }
        return OptionalLong.of(total);
    }

    private static OptionalLong ofInput(String input) {
        if (input.contains("://")) {
            return OptionalLong.empty();
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return OptionalLong.of(0);  // ingest reports it as a failure
        }
        if (!Files.isDirectory(path)) {
            return ofFile(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(f -> !hidden(path, f) && Files.isRegularFile(f))::iterator) {
                OptionalLong n = ofFile(file);
                if (n.isEmpty()) {
                    return n;
                }
                total += n.getAsLong();
            }
            return OptionalLong.of(total);
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    /** The file's documents; a file that is not there counts none (ingest reports it as a failure). */
    static OptionalLong ofFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return OptionalLong.of(0);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (ONE_EACH.stream().anyMatch(name::endsWith)) {
            return OptionalLong.of(1);
        }
        if (ONE_A_LINE.stream().anyMatch(name::endsWith)) {
            try {
                return OptionalLong.of(nonBlankLines(file));
            } catch (IOException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** Lines with at least one byte that is not a space, tab or carriage return. */
    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return lines + (content ? 1 : 0);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
