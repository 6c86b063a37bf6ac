package org.vigil.ingest.source;

import java.util.function.Consumer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.store.CodedArticle;

/**
 * A source whose articles were coded elsewhere, such as the output of the Spark job ({@link SparkRunSource}). A
 * pipeline that knows this interface stores its articles and events as they are, without parsing them again;
 * {@link #read} still gives the plain documents to anyone else.
 */
public interface CodedSource extends Source {
    /**
     * Hands over every article with its events, in the order the coding run read them; inputs that cannot be
     * read go to {@code failures}, and what a user should know of the rest (an output of an older Vigil, read
     * with less than it would give now) to {@code warnings}, about the whole of {@link #describe()}. Never throws
     * for bad input.
     */
    void readCoded(Consumer<CodedArticle> articles, Consumer<SourceFailure> failures, Consumer<String> warnings);
}
