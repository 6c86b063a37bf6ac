package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.Membership;
import org.vigil.core.actors.Organization;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.dictionary.Dictionaries;

/**
 * The derived tables the analytics join with the store: memberships, bloc names, country names, CAMEO code names
 * and threat rules,
 * loaded from the dictionaries into an in-memory database attached to the store's DuckDB instance as
 * {@value #SCHEMA}. Attached databases belong to the instance, so every reader connection sees them; nothing is
 * written to the store's file.
 */
final class AnalyticsTables {
    /** The attached in-memory database holding the derived tables. */
    static final String SCHEMA = "vigil_analytics";

    private AnalyticsTables() {
    }

    static void load(Connection c, Dictionaries dictionaries, List<ThreatRules.Rule> rules) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH IF NOT EXISTS ':memory:' AS " + SCHEMA);
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".bloc_members (bloc VARCHAR NOT NULL,"
                    + " entity VARCHAR NOT NULL, status VARCHAR NOT NULL, rank INTEGER NOT NULL, date_from DATE, date_to DATE)");
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".blocs (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL)");
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".countries (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL)");
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".cameo (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL)");
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".threat_rules (ord INTEGER NOT NULL, category VARCHAR NOT NULL,"
                    + " prefix VARCHAR, side VARCHAR, role VARCHAR, pattern VARCHAR)");
            // the categories of every event, filled by refreshCategories as events arrive (events are never removed)
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".event_categories (id VARCHAR NOT NULL, category VARCHAR NOT NULL)");
            s.execute("CREATE OR REPLACE TABLE " + SCHEMA + ".categorized (id VARCHAR PRIMARY KEY)");
        }
        Map<String, String> blocs = blocNames(dictionaries);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".bloc_members VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Membership m : dictionaries.memberships()) {
                p.setString(1, m.organization());
                p.setString(2, m.member());
                p.setString(3, m.status());
                p.setInt(4, Statuses.rank(m.status()));
                p.setObject(5, m.from());
                p.setObject(6, m.to());
                p.addBatch();
            }
            for (String bloc : blocs.keySet()) {
                // the organisation's own actor code counts for its bloc, always
                p.setString(1, bloc);
                p.setString(2, bloc);
                p.setString(3, Statuses.SELF);
                p.setInt(4, Statuses.rank(Statuses.SELF));
                p.setObject(5, null);
                p.setObject(6, null);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".blocs VALUES (?, ?)")) {
            for (Map.Entry<String, String> b : blocs.entrySet()) {
                p.setString(1, b.getKey());
                p.setString(2, b.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".countries VALUES (?, ?)")) {
            for (Country country : dictionaries.countries()) {
                p.setString(1, country.code());
                p.setString(2, country.names().isEmpty() ? country.code() : country.names().get(0));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".cameo VALUES (?, ?)")) {
            for (CameoCode code : dictionaries.cameo().all()) {
                p.setString(1, code.code());
                p.setString(2, code.name());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".threat_rules VALUES (?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (ThreatRules.Rule r : rules) {
                p.setInt(1, ord++);
                p.setString(2, r.category().key());
                p.setString(3, r.prefix());
                p.setString(4, r.side());
                p.setString(5, r.role());
                p.setString(6, r.pattern());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Organisations with members, by id, with their first name (the bare organisation's line, if any). */
    static Map<String, String> blocNames(Dictionaries dictionaries) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Organization o : dictionaries.organizations()) {
            if (o.role() == null && !o.names().isEmpty()) {
                names.putIfAbsent(o.entity(), o.names().get(0));
            }
        }
        Map<String, String> blocs = new java.util.TreeMap<>();
        for (Membership m : dictionaries.memberships()) {
            blocs.put(m.organization(), names.getOrDefault(m.organization(), m.organization()));
        }
        return blocs;
    }

    /**
     * The SQL condition under which event {@code e} (with its first report {@code m}) satisfies threat rule
     * {@code r}.
     */
    static final String RULE_MATCH = """
            (r.prefix IS NULL OR starts_with(e.cameo, r.prefix))
            AND (r.role IS NULL OR (r.side IN ('any', 'source') AND e.source_role = r.role)
                                OR (r.side IN ('any', 'target') AND e.target_role = r.role))
            AND (r.pattern IS NULL OR regexp_matches(lower(m.evidence), r.pattern))""";

    /** {@code (id, category)} for every event and every category it is in (after {@link #refreshCategories}). */
    static final String EVENT_CATEGORIES = SCHEMA + ".event_categories";

    /**
     * Categorises the events not categorised yet, in one transaction (one snapshot of the events, so an event
     * stored meanwhile is neither half-done nor marked done without its categories).
     */
    static void refreshCategories(Connection c) throws SQLException {
        String notYet = " WHERE NOT EXISTS (SELECT 1 FROM " + SCHEMA + ".categorized k WHERE k.id = e.id)";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + SCHEMA + ".event_categories SELECT DISTINCT e.id, r.category FROM events e"
                    + " JOIN mentions m ON m.event_id = e.id AND m.article_id = e.first_article_id"
                    + " JOIN " + SCHEMA + ".threat_rules r ON " + RULE_MATCH + notYet);
            s.execute("INSERT INTO " + SCHEMA + ".categorized SELECT e.id FROM events e" + notYet);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
