package org.vigil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.vigil.store.analytics.BadParameterException;
import org.vigil.store.analytics.Codes;

/** Query parameters of one request, checked; a blank value counts as absent. Errors name the parameter. */
final class Params {
    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The value, or null when absent or blank. */
    String get(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String name) {
        String v = get(name);
        if (v == null) {
            throw new BadParameterException(name, "is required");
        }
        return v;
    }

    LocalDate date(String name) {
        String v = get(name);
        return v == null ? null : Codes.date(name, v);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = get(name);
        return v == null ? fallback : Codes.integer(name, v, min, max);
    }

    double number(String name, double fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a number: '" + v + "'");
        }
    }

    /** Two comma-separated values ({@code A,B}). */
    List<String> pair(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        String[] parts = v.split(",", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new BadParameterException(name, "must be two codes separated by a comma (A,B): '" + v + "'");
        }
        return List.of(parts[0].trim(), parts[1].trim());
    }

    /** One of {@code allowed} (lower case), or {@code fallback} when absent. */
    String choice(String name, String fallback, String... allowed) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(lower)) {
                return a;
            }
        }
        throw new BadParameterException(name, "must be one of " + String.join(", ", allowed) + ": '" + v + "'");
    }
}
