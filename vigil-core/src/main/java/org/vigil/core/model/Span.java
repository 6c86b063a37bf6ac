package org.vigil.core.model;

/** A stretch of document text: offsets in the document and the words themselves. */
public record Span(int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        java.util.Objects.requireNonNull(text, "span text");
    }
}
