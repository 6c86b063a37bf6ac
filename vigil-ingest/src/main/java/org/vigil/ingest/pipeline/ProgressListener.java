package org.vigil.ingest.pipeline;

import org.vigil.core.source.SourceFailure;

/** Hears how an ingest run goes: for a progress bar on a terminal, or lines in a log. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    /** A source begins; {@code description} names it. */
    default void sourceStarted(String description) {
    }

    /** A document was read from {@code input} ("news.jsonl:12"); it is done later, once coded or skipped. */
    default void documentRead(String input) {
    }

    /** One more document was read, coded or skipped. */
    default void documentDone(long done) {
    }

    /** An input could not be read or coded; the run goes on. */
    default void failed(SourceFailure failure) {
    }

    /** A document was read with damage repaired ({@code what}: "2 invalid UTF-8 byte sequences replaced…"). */
    default void repaired(String input, String what) {
        warned(input, what);
    }

    /** Something in a document was passed over ({@code what}: "sentence 12 not coded: 300 tokens, …"). */
    default void warned(String input, String what) {
    }

    /** A batch was committed: everything up to here survives a crash. */
    default void batchStored(long batches, long documents) {
    }

    default void finished() {
    }
}
