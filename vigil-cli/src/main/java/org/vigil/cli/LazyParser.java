package org.vigil.cli;

import java.util.function.Supplier;
import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.parse.Parser;
import org.vigil.core.parse.SentenceFilter;

/**
 * A parser made on the first article it is asked to parse, then shared by every thread: CoreNLP takes many
 * seconds to load, and a server that serves a store, or an ingest whose articles are all stored already, never
 * needs it.
 */
final class LazyParser implements Parser {
    private final Supplier<Parser> make;
    private volatile Parser parser;

    LazyParser(Supplier<Parser> make) {
        this.make = make;
    }

    @Override
    public ParsedDocument parse(Article article) {
        return parser().parse(article);
    }

    @Override
    public ParsedDocument parse(Article article, SentenceFilter filter) {
        return parser().parse(article, filter);
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = make.get();
                    parser = p;
                }
            }
        }
        return p;
    }
}
