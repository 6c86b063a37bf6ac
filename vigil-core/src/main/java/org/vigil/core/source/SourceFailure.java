package org.vigil.core.source;

import java.util.Objects;

/**
 * An input that could not be read as a document.
 *
 * @param input  what failed, as a user can find it: {@code file:line}, a file, a URL
 * @param reason a short cause ("not valid JSON: ...", "empty file", "binary content", "truncated gzip")
 */
public record SourceFailure(String input, String reason) implements SourceItem {
    public SourceFailure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }

    /** What it is counted as: "not valid JSON: Unexpected character ..." is counted as "not valid JSON". */
    public String category() {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
