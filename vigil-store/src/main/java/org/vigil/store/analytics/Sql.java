package org.vigil.store.analytics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions and their bound parameters: values never enter the SQL text. */
final class Sql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds a condition with its parameters, in the order of its {@code ?}s. */
    Sql and(String condition, Object... values) {
        conditions.add("(" + condition + ")");
        params.addAll(List.of(values));
        return this;
    }

    /** {@code WHERE …} or the empty string. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters, in order (a fresh list, to which a caller may add LIMIT and OFFSET). */
    List<Object> params() {
        return new ArrayList<>(params);
    }

    static void bind(PreparedStatement p, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof LocalDate d) {
                p.setObject(i + 1, d);
            } else if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                p.setLong(i + 1, n);
            } else if (v instanceof Double n) {
                p.setDouble(i + 1, n);
            } else {
                p.setString(i + 1, v == null ? null : v.toString());
            }
        }
    }
}
