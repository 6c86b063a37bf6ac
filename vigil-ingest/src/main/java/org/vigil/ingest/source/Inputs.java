package org.vigil.ingest.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening files: gzip by its magic bytes, and read errors as one-line reasons. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The regular files under a folder, recursively, in sorted path order, skipping files and folders whose names
     * start with a dot.
     */
    static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !hidden(folder.relativize(p))).filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
            InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
            return new BufferedInputStream(in, TextBytes.SNIFF_BYTES);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
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
        return "read error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
