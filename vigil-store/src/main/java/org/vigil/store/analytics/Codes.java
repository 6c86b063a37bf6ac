package org.vigil.store.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.core.actors.ActorCodes;

/** Checks of the values analysts pass: entity and actor codes, CAMEO codes, dates. */
public final class Codes {
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

    private Codes() {
    }

    /** An entity code ({@code RUS}, {@code NATO}, {@code ---}), upper-cased. */
    public static String entity(String parameter, String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!ActorCodes.isEntity(v)) {
            throw new BadParameterException(parameter, "must be an entity code (ISO alpha-3 such as RUS, or an"
                    + " organisation id such as NATO): '" + value + "'");
        }
        return v;
    }

    /** An entity ({@code RUS}) or a full actor code with a role ({@code RUS:MIL}), upper-cased. */
    public static String actor(String parameter, String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        try {
            ActorCodes.split(v);
            return v;
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "must be an entity (RUS) or an actor code (RUS:MIL): '"
                    + value + "'");
        }
    }

    /** A CAMEO code or prefix of 2-4 digits. */
    public static String cameo(String parameter, String value) {
        String v = value == null ? "" : value.trim();
        if (!CAMEO.matcher(v).matches()) {
            throw new BadParameterException(parameter, "must be a CAMEO code of 2-4 digits: '" + value + "'");
        }
        return v;
    }

    /** An ISO date. */
    public static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadParameterException(parameter, "must be a date YYYY-MM-DD: '" + value + "'");
        }
    }

    /** A whole number in {@code [min, max]}. */
    public static int integer(String parameter, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new BadParameterException(parameter, "must be between " + min + " and " + max + ": " + n);
            }
            return n;
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadParameterException(parameter, "must be a whole number: '" + value + "'");
        }
    }

    /** Checks that {@code from} is not after {@code to}, naming {@code from}. */
    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "is after 'to' (" + from + " > " + to + ")");
        }
    }
}
