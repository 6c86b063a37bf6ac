package org.vigil.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.vigil.core.source.Source;
import org.vigil.ingest.source.ReadLimits;
import org.vigil.ingest.source.Sources;

/**
 * Reads one input file on an executor with the CLI's own sources: {@link Sources#forPath} picks JSONL, WARC(.gz),
 * HTML, feed or text by name and content exactly as {@code vigil ingest} does, and every bad record becomes a
 * failure item, never an exception. A file on the local file system ({@code file:}) is read in place; a file on
 * another file system (HDFS, S3, …) is first streamed to a local temporary copy with the same name, which is
 * deleted when done, and the items are renamed to the original path.
 *
 * <p>A file's items are kept in memory until the file is read: a few hundred MB for a 1 GB WARC file at most (the
 * extracted text, not the HTML). Split larger inputs into more files.
 */
final class InputReader {
    private InputReader() {
    }

    /**
     * The items of one file, read within {@code limits}: the driver's, put in force on this executor (every task
     * of a job carries the same ones, so setting them for the whole executor JVM is safe).
     */
    static Iterator<InputRecord> read(String file, PortableDataStream stream, ReadLimits limits) {
        ReadLimits.use(limits);
        List<InputRecord> out = new ArrayList<>();
        Path temp = null;
        try {
            Path local = localPath(file);
            if (local == null) {
                temp = Files.createTempDirectory("vigil-spark-");
                local = temp.resolve(fileName(file));
                try (InputStream in = stream.open()) {
                    Files.copy(in, local);
                }
            }
            String localName = local.toString();
            String shown = temp == null ? localName : file;
            long[] ordinal = {0};
            Source source = Sources.forPath(local);
            source.read(item -> {
                String input = rename(inputOf(item), localName, shown);
                out.add(InputRecord.of(item, file, ordinal[0]++, input));
            });
        } catch (IOException | UncheckedIOException e) {
            out.add(InputRecord.failed(file, out.size(), file, "read error: " + e.getMessage()));
        } finally {
            deleteQuietly(temp);
        }
        return out.iterator();
    }

    /** The local path of a {@code file:} URI, or null for any other file system. */
    private static Path localPath(String file) {
        try {
            URI uri = new URI(file);
            return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String fileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.isEmpty() || name.startsWith(".") ? "input" + name : name;
    }

    private static String inputOf(org.vigil.core.source.SourceItem item) {
        return item instanceof org.vigil.core.source.SourceDocument d ? d.input()
                : ((org.vigil.core.source.SourceFailure) item).input();
    }

    private static String rename(String input, String localName, String shown) {
        return input.startsWith(localName) ? shown + input.substring(localName.length()) : input;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy left behind is removed with the executor's temporary files
        }
    }
}
