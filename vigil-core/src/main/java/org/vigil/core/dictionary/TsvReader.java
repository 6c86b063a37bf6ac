package org.vigil.core.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Vigil's line-oriented dictionary format: TAB-separated fields, {@code #} comments, blank lines ignored. */
public final class TsvReader {
    private TsvReader() {
    }

    public static List<TsvLine> read(String file, InputStream in, int columns) {
        List<TsvLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                String[] fields = raw.split("\t", -1);
                if (fields.length != columns) {
                    throw new DictionaryException(file, number,
                            "expected " + columns + " TAB-separated fields, found " + fields.length);
                }
                List<String> trimmed = new ArrayList<>(columns);
                for (int i = 0; i < fields.length; i++) {
                    String field = fields[i].trim();
                    if (field.isEmpty()) {
                        throw new DictionaryException(file, number, "column " + (i + 1) + " is empty (write - for none)");
                    }
                    trimmed.add(field);
                }
                lines.add(new TsvLine(file, number, trimmed));
            }
        } catch (IOException e) {
            throw new DictionaryException(file, "cannot be read", e);
        }
        return lines;
    }
}
