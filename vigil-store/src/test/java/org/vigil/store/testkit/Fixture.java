package org.vigil.store.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;

/**
 * Real articles with real events for the store, analytics and API tests: sentences joined into the article text, events with
 * spans at their true article offsets and codes from the shipped CAMEO ontology. One article never merges its own
 * events, so events put in one article stay apart however alike they are.
 */
public final class Fixture {
    public static final Dictionaries DICTIONARIES = Dictionaries.loadDefault();
    private static final CameoOntology CAMEO = DICTIONARIES.cameo();

    private final String id;
    private final LocalDate date;
    private final String title;
    private final StringBuilder text = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private int sentences = -1;
    private DateOrigin origin = DateOrigin.METADATA;
    private int sentenceStart;
    private String sentence;

    private Fixture(String id, LocalDate date, String title) {
        this.id = id;
        this.date = date;
        this.title = title;
    }

    public static Fixture article(String id, LocalDate date) {
        return new Fixture(id, date, "Story " + id);
    }

    public static Fixture article(String id, LocalDate date, String title) {
        return new Fixture(id, date, title);
    }

    /** The article's date is only the one given for its corpus ({@code --date}, {@code --period}), not its own. */
    public Fixture givenDate() {
        origin = DateOrigin.GIVEN;
        return this;
    }

    /** Adds a sentence; the events that follow are reported in it. */
    public Fixture sentence(String s) {
        if (text.length() > 0) {
            text.append(' ');
        }
        sentenceStart = text.length();
        text.append(s);
        sentence = s;
        sentences++;
        return this;
    }

    /**
     * An event of the current sentence: actor codes like {@code RUS:MIL}, the words naming each actor and the
     * trigger as they appear in the sentence; {@code target} null for none.
     */
    public Fixture event(String source, String sourceWords, String trigger, String cameo, String target, String targetWords) {
        Actor s = actor(source, sourceWords);
        Actor t = target == null ? null : actor(target, targetWords);
        String key = id + '\u0001' + sentences + '\u0001' + s.code() + '\u0001' + cameo + '\u0001'
                + (t == null ? "" : t.code());
        events.add(new Event(hash(key), id, sentences, date, s, t, CAMEO.get(cameo), span(trigger), sentence, 0.9,
                "test-1"));
        return this;
    }

    /** The last event happened in this state (ISO alpha-3), as the coder places it. */
    public Fixture in(String location) {
        Event e = events.remove(events.size() - 1);
        events.add(new Event(e.id(), e.articleId(), e.sentenceIndex(), e.date(), e.source(), e.target(), e.code(),
                e.trigger(), e.evidence(), e.confidence(), e.coderVersion(), location));
        return this;
    }

    /** A one-sentence event in its own sentence. */
    public Fixture says(String s, String source, String sourceWords, String trigger, String cameo, String target,
                 String targetWords) {
        return sentence(s).event(source, sourceWords, trigger, cameo, target, targetWords);
    }

    public CodedArticle build() {
        Article a = new Article(id, "https://news.example.org/" + id, title, date, text.toString());
        return new CodedArticle(new StoredArticle(a, "fixture", "eng", origin, "coded"),
                Math.max(1, sentences + 1), events);
    }

    private Actor actor(String code, String words) {
        String[] parts = ActorCodes.split(code);
        return new Actor(parts[0], parts[1], span(words));
    }

    private Span span(String words) {
        int at = sentence.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in: " + sentence);
        }
        return new Span(sentenceStart + at, sentenceStart + at + words.length(), words);
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
