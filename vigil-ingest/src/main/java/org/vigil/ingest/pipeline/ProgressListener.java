package org.vigil.ingest.pipeline;

import org.vigil.core.source.SourceFailure;

/** Hears how an ingest run goes: for a progress bar on a terminal, or lines in a log. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    /** A source begins; {@code description} names it. */
    default void sourceStarted(String description) {
    }

    /** One more document was read, coded or skipped. */
    default void documentDone(long done) {
    }

    /** An input could not be read or coded; the run goes on. */
    default void failed(SourceFailure failure) {
    }

    /** A batch was committed: everything up to here survives a crash. */
    default void batchStored(long batches, long documents) {
    }

    default void finished() {
    }
}
