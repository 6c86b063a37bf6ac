package org.vigil.store;

/** The store could not do what was asked; the message says what and where, and what became of the data. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
