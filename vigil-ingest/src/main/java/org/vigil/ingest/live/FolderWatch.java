package org.vigil.ingest.live;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The files dropped into a folder, found by scanning it: a file is handed on once it has stopped changing (the same
 * size and modification time on two scans in a row, so that a file still being copied is not read half-way), and
 * again only when it changes. Hidden files and the usual partial-download names ({@code .part}, {@code .tmp},
 * {@code .crdownload}) are left alone. Scanning rather than a {@code WatchService}: it works the same on every file
 * system, network mounts included, and a restart simply finds every file again (the store skips what it holds).
 */
public final class FolderWatch {
    private static final List<String> PARTIAL = List.of(".part", ".tmp", ".crdownload", ".partial");

    private record Stamp(long size, long modified) {
    }

    private final Path folder;
    private final Map<Path, Stamp> lastSeen = new HashMap<>();
    private final Map<Path, Stamp> handed = new HashMap<>();

    public FolderWatch(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** One scan: the files that have settled since the last scan, new or changed, in name order. */
    public synchronized List<Path> scan() throws IOException {
        Map<Path, Stamp> now = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                if (a.isRegularFile() && !ignored(f.getFileName().toString())) {
                    now.put(f, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                }
            }
        }
        List<Path> settled = new ArrayList<>();
        now.forEach((f, stamp) -> {
            if (stamp.equals(lastSeen.get(f)) && !stamp.equals(handed.get(f))) {
                settled.add(f);
                handed.put(f, stamp);
            }
        });
        lastSeen.clear();
        lastSeen.putAll(now);
        handed.keySet().retainAll(now.keySet());
        settled.sort(null);
        return settled;
    }

    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.startsWith("~") || PARTIAL.stream().anyMatch(lower::endsWith);
    }
}
