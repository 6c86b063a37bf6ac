package org.vigil.ingest.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vigil.core.source.SourceFailure;

/** Opening files: gzip by its magic bytes, and read errors as one-line reasons. */
final class Inputs {
    private Inputs() {
    }

    /** The readable files under a folder, and a failure for each file or folder that could not be visited. */
    record Listing(List<Path> files, List<SourceFailure> failures) {
    }

    /**
     * The regular files under a folder, recursively, in sorted path order, skipping files and folders whose names
     * start with a dot. A subfolder that cannot be listed becomes a failure and its siblings are still listed.
     */
    static Listing filesUnder(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<SourceFailure> failures = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return hidden(folder.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(folder.relativize(file))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                failures.add(new SourceFailure(file.toString(), "cannot be read: " + reason(e, false)));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new Listing(List.copyOf(files), List.copyOf(failures));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** True when the file starts with the gzip magic bytes. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
    }

    /** The file's bytes, decompressed when it is gzip, buffered so that a prefix can be sniffed with mark/reset. */
    static BufferedInputStream open(Path file, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = gzip ? inflated(raw) : raw;
            return new BufferedInputStream(in, TextBytes.SNIFF_BYTES);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** A stream, decompressed when it starts with the gzip magic bytes, and whether it was. */
    record Opened(BufferedInputStream in, boolean gzip) {
    }

    /** Wraps a stream (a file, stdin), decompressing it when it is gzip; closes it on failure. */
    static Opened open(InputStream raw) throws IOException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, TextBytes.SNIFF_BYTES);
            in.mark(2);
            byte[] magic = in.readNBytes(2);
            in.reset();
            boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            return gzip ? new Opened(new BufferedInputStream(inflated(in), TextBytes.SNIFF_BYTES), true)
                    : new Opened(in, false);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Gzip inflated, bounded by {@link ReadLimits#inflatedBytes()}. */
    private static InputStream inflated(InputStream compressed) throws IOException {
        return new InflateLimit(new GZIPInputStream(compressed, 64 * 1024), ReadLimits.current().inflatedBytes());
    }

    /** Reads up to {@link TextBytes#SNIFF_BYTES} without consuming them. */
    static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(TextBytes.SNIFF_BYTES);
        byte[] head = in.readNBytes(TextBytes.SNIFF_BYTES);
        in.reset();
        return head;
    }

    /** A read error as a reason: "truncated gzip", "corrupt gzip: ...", "no such file", .... */
    static String reason(IOException e, boolean gzip) {
        if (e instanceof InflateLimit.Exceeded) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (gzip && e instanceof EOFException) {
            return "truncated gzip";
        }
        if (gzip && e instanceof ZipException) {
            return "corrupt gzip: " + e.getMessage();
        }
        if (e instanceof EOFException) {
            return "unexpected end of file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT); // "too many levels of symbolic links", ...
        }
        return "read error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
