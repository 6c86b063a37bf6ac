package org.vigil.store.analytics;

/**
 * A question to the analytics that cannot be answered as asked: a bad value for a named parameter. The message
 * names the parameter and the value; the HTTP API answers it with 400.
 */
public final class BadParameterException extends IllegalArgumentException {
    private final String parameter;

    public BadParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason);
        this.parameter = parameter;
    }

    /** The parameter whose value was refused. */
    public String parameter() {
        return parameter;
    }
}
