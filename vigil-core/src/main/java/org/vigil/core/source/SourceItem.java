package org.vigil.core.source;

/** One thing a source read: a document, or a failure that names the input and the cause. */
public sealed interface SourceItem permits SourceDocument, SourceFailure {
}
