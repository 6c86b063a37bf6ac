package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.BatchResult;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.EventStore;
import org.vigil.core.store.StoreCounts;
import org.vigil.core.store.StoredArticle;
import org.vigil.store.SameEventRule.Report;

/**
 * The embedded DuckDB store: one file, {@code DIR/vigil.duckdb}, written by this object alone (DuckDB locks the
 * file against other processes). Each {@link #store} call is one transaction; articles already stored are
 * skipped whole; an incoming event that {@link SameEventRule} recognises as an event already stored becomes
 * another mention of it. Schema, guarantees and the rule: docs/store.md.
 *
 * <p>Writes are serialised on this object. Readers ({@link StoreQueries}, {@link Exporter}) take their own
 * connections from {@link #newConnection()} and see committed batches only.
 */
public final class DuckDbEventStore implements EventStore {
    /** The database file inside the data directory. */
    public static final String FILE_NAME = "vigil.duckdb";

    private static final int IN_CHUNK = 500;

    private final Path file;
    private final DuckDBConnection connection;
    private boolean closed;

    private DuckDbEventStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the store in {@code dataDir}, creating the directory, the database file and the tables as needed,
     * with DuckDB's default budget ({@link DuckDbSettings#DEFAULT}).
     *
     * @throws StoreException when the file cannot be opened (held by another process, not a DuckDB file, written
     *                        by a newer schema, or a memory limit DuckDB cannot read)
     */
    public static DuckDbEventStore open(Path dataDir) {
        return open(dataDir, DuckDbSettings.DEFAULT, notice -> { });
    }

    /**
     * Opens the store as {@link #open(Path)} does with DuckDB's memory limit and threads from {@code settings},
     * handing {@code notices} what upgrading a store written by an older Vigil changed (one line each, naming the
     * file), for a command to tell its user.
     */
    public static DuckDbEventStore open(Path dataDir, DuckDbSettings settings, Consumer<String> notices) {
        Objects.requireNonNull(dataDir, "data directory");
        Objects.requireNonNull(settings, "DuckDB settings");
        Objects.requireNonNull(notices, "notices");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(dataDir + ": cannot create the data directory", e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, settings.properties());
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        }
        try {
            Schema.migrate(c, file.toString()).forEach(notices);
            try (Statement s = c.createStatement()) {
                // scratch tables of this connection for the de-duplication look-up and mention counts
                s.execute("CREATE TEMP TABLE dedup_keys (source_entity VARCHAR, target_entity VARCHAR,"
                        + " root VARCHAR, date DATE)");
                s.execute("CREATE TEMP TABLE mention_deltas (event_id VARCHAR, added INTEGER)");
            }
            return new DuckDbEventStore(file, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file + ": cannot prepare the store: " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * A new connection to this store's database for reading (or for an export); the caller closes it. It sees
     * every committed batch and never a batch in flight.
     */
    public Connection newConnection() {
        synchronized (this) {
            requireOpen();
        }
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open a reader connection: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Set<String> knownArticles(Set<String> articleIds) {
        requireOpen();
        try {
            return known(articleIds);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot look up known articles: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized BatchResult store(List<CodedArticle> batch) {
        requireOpen();
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return new BatchResult(0, 0, 0, 0);
        }
        checkBatch(batch);
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot begin a transaction: " + e.getMessage(), e);
        }
        try {
            BatchResult result = write(batch);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreException(file + ": storing a batch of " + batch.size() + " articles (first "
                    + batch.get(0).article().article().id() + ") failed and was rolled back, nothing of it is"
                    + " stored: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next store() sets it again; a broken connection reports itself there
            }
        }
    }

    @Override
    public synchronized StoreCounts counts() {
        requireOpen();
        return StoreQueries.counts(connection, file);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": closing the store failed: " + e.getMessage(), e);
        }
    }

    // ---- the batch -------------------------------------------------------------------------------------------

    private BatchResult write(List<CodedArticle> batch) throws SQLException {
        // The first statement opens the transaction. It must come before any appender: a DuckDB appender flushed
        // while no transaction is open commits on its own and could not be rolled back.
        Set<String> ids = new HashSet<>();
        batch.forEach(a -> ids.add(a.article().article().id()));
        Set<String> known = known(ids);

        List<CodedArticle> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>(known);
        for (CodedArticle a : batch) {
            if (seen.add(a.article().article().id())) {
                fresh.add(a);
            }
        }
        int skipped = batch.size() - fresh.size();

        Set<String> given = givenDates(fresh);
        MergeIndex index = candidates(fresh, given);
        List<MergeIndex.Cluster> created = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int merged = 0;
        for (Event e : inMatchOrder(fresh)) {
            boolean matchable = matchable(e, given);
            MergeIndex.Cluster same = matchable ? index.find(e) : null;
            if (same == null) {
                created.add(index.addNew(e, matchable));
                mentions.add(new Mention(created.get(created.size() - 1), e));
            } else {
                index.addReport(same, e);
                mentions.add(new Mention(same, e));
                merged++;
            }
        }
        List<MergeIndex.Cluster> newHeads = index.storedWithNewHead();
        appendArticles(fresh);
        replaceHeads(newHeads);
        List<MergeIndex.Cluster> rows = new ArrayList<>(created);
        rows.addAll(newHeads);
        appendEvents(rows);
        appendMentions(mentions);
        addMentionCounts(index.storedWithNewMentions());
        return new BatchResult(fresh.size(), skipped, created.size(), merged);
    }

    /**
     * The batch's articles dated by {@code --date}/{@code --period} (GIVEN): a whole corpus shares that day, so
     * their events dated by it are no evidence of being one event with another report of that day.
     */
    private static Set<String> givenDates(List<CodedArticle> fresh) {
        Set<String> out = new HashSet<>();
        for (CodedArticle a : fresh) {
            if (a.article().dateOrigin() == DateOrigin.GIVEN) {
                out.add(a.article().article().id());
            }
        }
        return out;
    }

    /** Whether an event's date can tie it to another report: a known date that was not given to its corpus. */
    private static boolean matchable(Event e, Set<String> givenArticles) {
        return e.date() != null && (e.dateOrigin() != null || !givenArticles.contains(e.articleId()));
    }

    /** A report and the event it is a mention of (whose id is known once the batch's heads are settled). */
    private record Mention(MergeIndex.Cluster event, Event report) {
    }

    /** The batch's events, earliest first ({@link MergeIndex#MATCH_ORDER}), so that input order changes nothing. */
    private static List<Event> inMatchOrder(List<CodedArticle> fresh) {
        List<Event> events = new ArrayList<>();
        fresh.forEach(a -> events.addAll(a.events()));
        events.sort(MergeIndex.MATCH_ORDER);
        return events;
    }

    /**
     * Stored events that an earlier report now heads: their rows go (to be written again from the new head) and
     * their mentions move to the new id.
     */
    private void replaceHeads(List<MergeIndex.Cluster> newHeads) throws SQLException {
        if (newHeads.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE id = ?");
             PreparedStatement move = connection.prepareStatement(
                     "UPDATE mentions SET event_id = ? WHERE event_id = ?")) {
            for (MergeIndex.Cluster c : newHeads) {
                delete.setString(1, c.storedId);
                delete.executeUpdate();
                move.setString(1, c.eventId);
                move.setString(2, c.storedId);
                move.executeUpdate();
            }
        }
    }

    private static void checkBatch(List<CodedArticle> batch) {
        for (CodedArticle a : batch) {
            String id = a.article().article().id();
            Set<String> eventIds = new HashSet<>();
            for (Event e : a.events()) {
                if (!e.articleId().equals(id)) {
                    throw new IllegalArgumentException("event " + e.id() + " belongs to article " + e.articleId()
                            + " but came with article " + id);
                }
                if (!eventIds.add(e.id())) {
                    throw new IllegalArgumentException("article " + id + " lists event " + e.id() + " twice");
                }
            }
        }
    }

    private Set<String> known(Set<String> articleIds) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(articleIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String sql = "SELECT id FROM articles WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
        }
        if (all.isEmpty()) {
            // still open the transaction in store(): see write()
            try (Statement s = connection.createStatement()) {
                s.executeQuery("SELECT 1").close();
            }
        }
        return out;
    }

    /** Loads the stored events that incoming events could be further reports of, with all their mentions. */
    private MergeIndex candidates(List<CodedArticle> fresh, Set<String> given) throws SQLException {
        MergeIndex index = new MergeIndex();
        Set<List<Object>> keys = new HashSet<>();
        for (CodedArticle a : fresh) {
            for (Event e : a.events()) {
                if (matchable(e, given)) {
                    keys.add(List.of(e.source().entity(), e.target() == null ? "" : e.target().entity(),
                            e.code().root(), e.date()));
                }
            }
        }
        if (keys.isEmpty()) {
            return index;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM dedup_keys");
        }
        try (DuckDBAppender ap = connection.createAppender("temp", "main", "dedup_keys")) {
            for (List<Object> k : keys) {
                ap.beginRow().append((String) k.get(0)).append((String) k.get(1)).append((String) k.get(2))
                        .append((LocalDate) k.get(3)).endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
        String sql = """
                SELECT e.id, e.date, e.source_entity, e.source_role, e.target_entity, e.target_role, e.root,
                       m.article_id, m.evidence, m.trigger_text, e.mentions, e.first_article_id
                FROM events e JOIN mentions m ON m.event_id = e.id
                WHERE EXISTS (SELECT 1 FROM dedup_keys k
                              WHERE k.source_entity = e.source_entity
                                AND k.target_entity = coalesce(e.target_entity, '')
                                AND k.root = e.root
                                AND e.date BETWEEN k.date - ? AND k.date + ?)
                  AND (e.date_origin IS NOT NULL
                       OR (SELECT fa.date_origin FROM articles fa WHERE fa.id = e.first_article_id) <> 'GIVEN')
                ORDER BY e.id, m.article_id, m.sentence""";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setInt(1, SameEventRule.MAX_DAYS_APART);
            p.setInt(2, SameEventRule.MAX_DAYS_APART);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Report head = new Report(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getObject(2, LocalDate.class), "", "");
                    index.addStored(r.getString(1), r.getInt(11), head, r.getString(12), r.getString(8),
                            r.getString(9), r.getString(10));
                }
            }
        }
        return index;
    }

    private void appendArticles(List<CodedArticle> fresh) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (DuckDBAppender ap = connection.createAppender("articles")) {
            for (CodedArticle ca : fresh) {
                StoredArticle sa = ca.article();
                Article a = sa.article();
                ap.beginRow().append(a.id());
                str(ap, a.url());
                str(ap, sa.source());
                str(ap, a.title());
                date(ap, a.date());
                ap.append(sa.dateOrigin().name());
                str(ap, sa.language());
                ap.append(sha256(a.text())).append(a.text()).append(sa.status()).append(ca.sentences())
                        .append(now).endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
    }

    /** Event rows, each from its head report, counting its mentions before and in this batch. */
    private void appendEvents(List<MergeIndex.Cluster> events) throws SQLException {
        try (DuckDBAppender ap = connection.createAppender("events")) {
            for (MergeIndex.Cluster c : events) {
                Event e = c.headEvent;
                Actor s = e.source();
                Actor t = e.target();
                ap.beginRow().append(e.id());
                date(ap, e.date());
                ap.append(s.code()).append(s.entity());
                str(ap, s.role());
                str(ap, t == null ? null : t.code());
                str(ap, t == null ? null : t.entity());
                str(ap, t == null ? null : t.role());
                ap.append(e.code().code()).append(e.code().root()).append((byte) e.code().quadClass())
                        .append(e.code().goldstein());
                str(ap, e.code().plover());
                ap.append(e.confidence());
                str(ap, e.coderVersion());
                ap.append(e.articleId()).append(c.before + c.added);
                str(ap, e.location());
                str(ap, e.dateOrigin() == null ? null : e.dateOrigin().name());
                ap.endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
    }

    private void appendMentions(List<Mention> mentions) throws SQLException {
        try (DuckDBAppender ap = connection.createAppender("mentions")) {
            for (Mention m : mentions) {
                Event e = m.report();
                Actor t = e.target();
                ap.beginRow().append(m.event().eventId).append(e.articleId()).append(e.sentenceIndex())
                        .append(e.evidence())
                        .append(e.source().span().text()).append(e.source().span().begin())
                        .append(e.source().span().end())
                        .append(e.trigger().text()).append(e.trigger().begin()).append(e.trigger().end());
                if (t == null) {
                    ap.appendNull().appendNull().appendNull();
                } else {
                    ap.append(t.span().text()).append(t.span().begin()).append(t.span().end());
                }
                ap.append(e.confidence()).endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
    }

    private void addMentionCounts(List<MergeIndex.Cluster> grown) throws SQLException {
        if (grown.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM mention_deltas");
        }
        try (DuckDBAppender ap = connection.createAppender("temp", "main", "mention_deltas")) {
            for (MergeIndex.Cluster c : grown) {
                ap.beginRow().append(c.eventId).append(c.added).endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE events SET mentions = events.mentions + d.added FROM mention_deltas d"
                    + " WHERE events.id = d.event_id");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static void str(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    private static void date(DuckDBAppender ap, LocalDate value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": the store is closed");
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
