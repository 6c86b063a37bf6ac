package org.vigil.core.dictionary;

/** A dictionary file that cannot be loaded; the message starts with {@code file:line:}. */
public final class DictionaryException extends RuntimeException {
    public DictionaryException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    public DictionaryException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
