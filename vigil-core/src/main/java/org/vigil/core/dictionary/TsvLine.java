package org.vigil.core.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** One record of a dictionary file, with where it came from so that every error can name its line. */
public record TsvLine(String file, int number, List<String> fields) {
    public TsvLine {
        fields = List.copyOf(fields);
    }

    public String get(int column) {
        return fields.get(column);
    }

    /** The values of a {@code |}-separated field; empty for {@code -}. */
    public List<String> list(int column) {
        String value = get(column);
        if (value.equals("-")) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A date field; null for {@code -}. */
    public LocalDate date(int column) {
        String value = get(column);
        if (value.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error("column " + (column + 1) + ": not a date (YYYY-MM-DD or -): '" + value + "'");
        }
    }

    public String optional(int column) {
        String value = get(column);
        return value.equals("-") ? null : value;
    }

    public DictionaryException error(String reason) {
        return new DictionaryException(file, number, reason);
    }
}
