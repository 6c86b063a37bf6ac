package org.vigil.core.model;

import java.time.LocalDate;
import java.util.Objects;

/** One document to code: its text plus what the source knows about it. {@code date} may be null when unknown. */
public record Article(String id, String url, String title, LocalDate date, String text) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, null, null, date, text);
    }
}
