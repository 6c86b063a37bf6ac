package org.vigil.cli;

import org.vigil.core.parse.Parser;

/**
 * The real engine of the command line ({@link Engine#standard()}: CoreNLP and the dependency coder with the shipped
 * dictionaries), built once per test JVM on first use and shared by all CLI tests: CoreNLP takes seconds to load.
 * Both parts are thread-safe, so sharing them is what {@code vigil} itself does across its threads.
 */
final class RealEngine {
    private RealEngine() {
    }

    /** The shared standard engine; pass {@code RealEngine::shared} where a command wants an {@link Engine.Factory}. */
    static Engine shared() {
        return Holder.ENGINE;
    }

    /** The CoreNLP parser inside the shared engine, for tests that wire an engine of their own around it. */
    static Parser parser() {
        return Holder.PARSER;
    }

    /** Lazy holder: the JVM builds it the first time a test asks, and only once. */
    private static final class Holder {
        static final Engine ENGINE = Engine.standard();
        static final Parser PARSER = ENGINE.parser();
    }
}
