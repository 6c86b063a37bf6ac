package org.vigil.spark;

import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.parse.Parser;
import org.vigil.core.parse.SentenceFilter;
import org.vigil.ingest.language.LanguageDetector;
import org.vigil.ingest.language.OpenNlpLanguageDetector;
import org.vigil.nlp.CoreNlpParser;

/**
 * The engine of one executor JVM: the same parser, pre-filter, coder and language detector as {@code vigil ingest}
 * ({@code Engine.standard()} and {@code Workbench} in vigil-cli), built the first time a task asks and shared by
 * every task the executor runs. Loading CoreNLP takes about 7 s and 1 GB; doing it once per JVM, not per task or
 * per record, is what makes the job scale. All four parts are thread-safe.
 *
 * <p>This holder is the one piece of static state in Vigil, and it is immutable once built: Spark ships tasks as
 * serialised closures, and CoreNLP cannot be serialised, so each JVM has to build its own.
 */
final class Engines {
    private Engines() {
    }

    /** The parts the pipeline needs. */
    record Engine(Parser parser, SentenceFilter filter, EventCoder coder, LanguageDetector language) {
    }

    /** This JVM's engine; the first call loads the models. */
    static Engine get() {
        return Holder.ENGINE;
    }

    /** Lazy holder: the JVM initialises it once, on first use, with the class-initialisation lock. */
    private static final class Holder {
        static final Engine ENGINE = load();

        private static Engine load() {
            Dictionaries dictionaries = Dictionaries.loadDefault();
            return new Engine(new CoreNlpParser(), new CandidateFilter(dictionaries),
                    new DependencyEventCoder(dictionaries), new OpenNlpLanguageDetector());
        }
    }
}
