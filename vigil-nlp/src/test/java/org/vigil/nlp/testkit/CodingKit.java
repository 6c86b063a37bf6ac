package org.vigil.nlp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.nlp.CoreNlpParser;

/**
 * Assertions that read as coding rules: {@code assertCodes(text, "RUS:MIL", "UKR", "194")}. The real parser and
 * the shipped dictionaries, loaded once per test JVM because CoreNLP takes seconds to start.
 */
public final class CodingKit {
    /** The date sample sentences are coded by unless a test says otherwise. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 3, 5);

    private static final class Shared {
        static final Dictionaries DICTIONARIES = Dictionaries.loadDefault();
        static final CoreNlpParser PARSER = new CoreNlpParser();
        static final EventCoder CODER = new DependencyEventCoder(DICTIONARIES);
    }

    private CodingKit() {
    }

    public static CoreNlpParser parser() {
        return Shared.PARSER;
    }

    public static EventCoder coder() {
        return Shared.CODER;
    }

    public static Dictionaries dictionaries() {
        return Shared.DICTIONARIES;
    }

    public static List<Event> code(String text, LocalDate date) {
        return Shared.CODER.code(Shared.PARSER.parse(Article.of("test", date, text)));
    }

    public static List<Event> code(String text) {
        return code(text, DEFAULT_DATE);
    }

    /** "SOURCE TARGET CODE" for each event; target "-" when absent. */
    public static List<String> triples(List<Event> events) {
        return events.stream()
                .map(e -> e.source().code() + " " + (e.target() == null ? "-" : e.target().code()) + " "
                        + e.code().code())
                .collect(Collectors.toList());
    }

    /** The text yields an event from source to target (null: none) with this code, among others perhaps. */
    public static void assertCodes(String text, LocalDate date, String source, String target, String code) {
        List<Event> events = code(text, date);
        assertThat(triples(events)).as("events of: %s", text)
                .contains(source + " " + (target == null ? "-" : target) + " " + code);
    }

    public static void assertCodes(String text, String source, String target, String code) {
        assertCodes(text, DEFAULT_DATE, source, target, code);
    }

    /** The text yields exactly these events, in any order. */
    public static void assertCodesExactly(String text, String... triples) {
        assertThat(triples(code(text))).as("events of: %s", text).containsExactlyInAnyOrder(triples);
    }

    public static void assertNoEvents(String text) {
        assertThat(triples(code(text))).as("events of: %s", text).isEmpty();
    }
}
