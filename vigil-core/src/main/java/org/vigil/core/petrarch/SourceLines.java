package org.vigil.core.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.dictionary.DictionaryException;

/**
 * The meaningful lines of a PETRARCH dictionary file: {@code #} comments and {@code <!-- -->} blocks (which may span
 * lines) removed, blank lines dropped, each kept with its line number so that every report can name it.
 */
final class SourceLines {
    record Line(String file, int number, String text) {
        String where() {
            return file + ":" + number;
        }
    }

    private SourceLines() {
    }

    static List<Line> read(Path path) {
        String file = path.toString();
        // PETRARCH's files are mostly ASCII with some Latin-1; reading as Latin-1 never fails and keeps ASCII intact
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            return lines(file, reader);
        } catch (IOException e) {
            throw new DictionaryException(file, "cannot be read", e);
        }
    }

    static List<Line> lines(String file, BufferedReader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        boolean inBlock = false;
        int number = 0;
        for (String raw; (raw = reader.readLine()) != null; ) {
            number++;
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                if (inBlock) {
                    int end = raw.indexOf("-->", i);
                    if (end < 0) {
                        i = raw.length();
                    } else {
                        inBlock = false;
                        i = end + 3;
                    }
                } else if (raw.startsWith("<!--", i)) {
                    inBlock = true;
                    i += 4;
                } else if (raw.charAt(i) == '#') {
                    i = raw.length();
                } else {
                    kept.append(raw.charAt(i++));
                }
            }
            String text = kept.toString().strip();
            if (!text.isEmpty()) {
                lines.add(new Line(file, number, text));
            }
        }
        return lines;
    }
}
