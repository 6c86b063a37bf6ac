package org.vigil.cli;

import java.util.List;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.parse.Parser;
import org.vigil.core.parse.SentenceFilter;
import org.vigil.nlp.CoreNlpParser;

/** The parser and the coder, wired once and shared by all threads (both are thread-safe). */
final class Engine {
    private final Parser parser;
    private final EventCoder coder;
    private final CameoOntology cameo;
    /** Which sentences get the dependency parse: the pre-filter, so that only candidates pay for it. */
    private final SentenceFilter filter;

    Engine(Parser parser, EventCoder coder, CameoOntology cameo) {
        this(parser, coder, cameo, SentenceFilter.ALL);
    }

    Engine(Parser parser, EventCoder coder, CameoOntology cameo, SentenceFilter filter) {
        this.parser = parser;
        this.coder = coder;
        this.cameo = cameo;
        this.filter = filter;
    }

    /**
     * The default engine: CoreNLP and the dependency coder with the shipped dictionaries. CoreNLP loads on the
     * first article to parse, so that work with nothing to code (a server over its store, an ingest of stored
     * articles) never waits for it.
     */
    static Engine standard() {
        return new Engine(new LazyParser(CoreNlpParser::new), Dictionaries.loadDefault());
    }

    private Engine(Parser parser, Dictionaries dictionaries) {
        this(parser, new DependencyEventCoder(dictionaries), dictionaries.cameo(), new CandidateFilter(dictionaries));
    }

    /** The same parser with the dependency coder on other dictionaries ({@code --dictionaries}). */
    Engine with(Dictionaries dictionaries) {
        return new Engine(parser, dictionaries);
    }

    /** Parses and codes one article. */
    Coded code(Article article) {
        ParsedDocument parsed = parser.parse(article, filter);
        return new Coded(article, parsed.sentences().size(), coder.code(parsed), parsed.skipped());
    }

    CameoOntology cameo() {
        return cameo;
    }

    Parser parser() {
        return parser;
    }

    EventCoder coder() {
        return coder;
    }

    SentenceFilter filter() {
        return filter;
    }

    /** Creates the engine; commands call it only once their input has been checked. */
    interface Factory {
        Engine create();

        /** This factory's engine, created on the first call and shared by every later one. */
        static Factory once(Factory factory) {
            return new Factory() {
                private Engine engine;

                @Override
                public synchronized Engine create() {
                    if (engine == null) {
                        engine = factory.create();
                    }
                    return engine;
                }
            };
        }
    }

    /** An article coded: its sentence count, its events, and why any sentence went uncoded. */
    record Coded(Article article, int sentences, List<Event> events, List<String> skipped) {
        Coded {
            events = List.copyOf(events);
            skipped = List.copyOf(skipped);
        }
    }
}
