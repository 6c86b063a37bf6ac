package org.vigil.ingest.live;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds file of {@code serve --feeds FILE}: one http(s) URL of an RSS or Atom feed per line; blank lines and
 * lines starting with {@code #} are comments; a URL given twice is polled once.
 */
public final class FeedList {
    private FeedList() {
    }

    /** The URLs of the file, in order; a bad line fails the whole file, naming the file, the line and why. */
    public static List<URI> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the feeds file: " + e.getMessage(), e);
        }
        Set<URI> urls = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                urls.add(url(line, file + ":" + (i + 1)));
            }
        }
        if (urls.isEmpty()) {
            throw new IOException(file + ": no feed URL in the feeds file (one http(s) URL per line)");
        }
        return new ArrayList<>(urls);
    }

    private static URI url(String line, String where) throws IOException {
        String scheme = line.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            throw new IOException(where + ": not an http(s) URL: " + line);
        }
        try {
            URI uri = new URI(line);
            if (uri.getHost() == null) {
                throw new IOException(where + ": no host in the URL: " + line);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IOException(where + ": not a valid URL: " + e.getMessage(), e);
        }
    }
}
