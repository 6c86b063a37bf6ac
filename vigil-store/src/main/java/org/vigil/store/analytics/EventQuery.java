package org.vigil.store.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which events to list (docs/api.md, {@code GET /api/events}): filters, order and page. Each setter checks its
 * value and names the API parameter when it refuses it.
 */
public final class EventQuery {
    /** Orders of the list. */
    public enum Sort { DATE_DESC, DATE_ASC, SEVERITY }

    public static final int MAX_LIMIT = 500;
    /** Most events an export gives (GET /api/events/export): what a page shows, in full. */
    public static final int MAX_EXPORT = 10_000;

    String actor;
    String location;
    String dyadA;
    String dyadB;
    String blocA;
    String blocB;
    Statuses statuses = Statuses.MEMBERS;
    Direction direction = Direction.BOTH;
    String root;
    String codePrefix;
    Integer quad;
    boolean conflictOnly;
    ThreatCategory category;
    LocalDate from;
    LocalDate to;
    String text;
    Sort sort = Sort.DATE_DESC;
    int limit = 50;
    String ids;
    int offset;

    /** Events whose source or target is this entity ({@code RUS}) or actor code ({@code RUS:MIL}). */
    public EventQuery actor(String code) {
        this.actor = Codes.actor("actor", code);
        return this;
    }

    /** Events that happened in this state (ISO alpha-3: the state of the place the sentence names). */
    public EventQuery location(String code) {
        this.location = Codes.entity("location", code);
        return this;
    }

    /** Events between two entities, in {@link #direction}. */
    public EventQuery dyad(String a, String b) {
        this.dyadA = Codes.entity("dyad", a);
        this.dyadB = Codes.entity("dyad", b);
        if (dyadA.equals(dyadB)) {
            throw new BadParameterException("dyad", "needs two different entities: '" + a + "," + b + "'");
        }
        return this;
    }

    /** Events between two blocs, in {@link #direction}, membership by {@link #statuses}. */
    public EventQuery blocs(String a, String b) {
        this.blocA = Codes.entity("blocs", a);
        this.blocB = Codes.entity("blocs", b);
        if (blocA.equals(blocB)) {
            throw new BadParameterException("blocs", "needs two different blocs: '" + a + "," + b + "'");
        }
        return this;
    }

    public EventQuery statuses(Statuses value) {
        this.statuses = Objects.requireNonNull(value);
        return this;
    }

    public EventQuery direction(Direction value) {
        this.direction = Objects.requireNonNull(value);
        return this;
    }

    public EventQuery root(String value) {
        String v = Codes.cameo("root", value);
        if (v.length() != 2) {
            throw new BadParameterException("root", "must be a CAMEO root of 2 digits: '" + value + "'");
        }
        this.root = v;
        return this;
    }

    /** Codes that start with this prefix. */
    public EventQuery code(String prefix) {
        this.codePrefix = Codes.cameo("code", prefix);
        return this;
    }

    public EventQuery quad(int value) {
        if (value < 1 || value > 4) {
            throw new BadParameterException("quad", "must be a quad class 1-4: " + value);
        }
        this.quad = value;
        return this;
    }

    /** Only verbal and material conflict (quad classes 3 and 4). */
    public EventQuery conflictOnly() {
        this.conflictOnly = true;
        return this;
    }

    public EventQuery category(ThreatCategory value) {
        this.category = value;
        return this;
    }

    public EventQuery from(LocalDate value) {
        this.from = value;
        return this;
    }

    public EventQuery to(LocalDate value) {
        this.to = value;
        return this;
    }

    /** Case-insensitive text in the evidence sentence or the article title. */
    public EventQuery text(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 200) {
            throw new BadParameterException("q", "must be 1-200 characters of text");
        }
        this.text = v;
        return this;
    }

    public EventQuery sort(Sort value) {
        this.sort = Objects.requireNonNull(value);
        return this;
    }

    public EventQuery limit(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT + ": " + value);
        }
        this.limit = value;
        return this;
    }

    /** Every matching event, up to {@link #MAX_EXPORT}, from the first. */
    public EventQuery forExport() {
        this.limit = MAX_EXPORT;
        this.offset = 0;
        return this;
    }

    public EventQuery offset(int value) {
        if (value < 0) {
            throw new BadParameterException("offset", "must be 0 or more: " + value);
        }
        this.offset = value;
        return this;
    }

    /** Only these events (an alert's own). */
    EventQuery ids(List<String> values) {
        this.ids = String.join(ID_SEPARATOR, values);
        return this;
    }

    /** Joins ids for {@link #ids}: a control character, never in an id. */
    private static final String ID_SEPARATOR = "\u001f";

    /** The conditions on {@code e} (events), {@code m} (first report) and {@code a} (its article). */
    Sql where() {
        Codes.range(from, to);
        Sql sql = new Sql();
        if (actor != null) {
            if (actor.contains(":")) {
                sql.and("e.source_code = ? OR e.target_code = ?", actor, actor);
            } else {
                sql.and("e.source_entity = ? OR e.target_entity = ?", actor, actor);
            }
        }
        if (location != null) {
            sql.and("e.location = ?", location);
        }
        if (dyadA != null) {
            Filters.pair(sql, dyadA, dyadB, direction);
        }
        if (blocA != null) {
            Filters.blocPair(sql, blocA, blocB, direction, statuses);
        }
        if (ids != null) {
            sql.and("list_contains(string_split(?, chr(31)), e.id)", ids);
        }
        if (root != null) {
            sql.and("e.root = ?", root);
        }
        if (codePrefix != null) {
            sql.and("starts_with(e.cameo, ?)", codePrefix);
        }
        if (quad != null) {
            sql.and("e.quad_class = ?", quad);
        }
        if (conflictOnly) {
            sql.and("e.quad_class IN (3, 4)");
        }
        if (category != null) {
            sql.and("EXISTS (SELECT 1 FROM " + AnalyticsTables.EVENT_CATEGORIES + " ec WHERE ec.id = e.id"
                    + " AND ec.category = ?)", category.key());
        }
        Filters.dates(sql, from, to);
        if (text != null) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            sql.and("strpos(lower(m.evidence), ?) > 0 OR strpos(lower(coalesce(a.title, '')), ?) > 0", t, t);
        }
        return sql;
    }

    String orderBy() {
        return switch (sort) {
            case DATE_DESC -> " ORDER BY e.date DESC NULLS LAST, e.id";
            case DATE_ASC -> " ORDER BY e.date ASC NULLS LAST, e.id";
            case SEVERITY -> " ORDER BY e.goldstein, e.date DESC NULLS LAST, e.id";
        };
    }
}
