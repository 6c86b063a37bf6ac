package org.vigil.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceItem;

/**
 * A source's items as an iterator: the source pushes, the coder pulls. A reader thread fills a small queue, so
 * at most {@code capacity} documents wait in memory whatever the size of the input.
 */
final class SourceItems implements Iterator<SourceItem> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private Object next;

    SourceItems(Source source, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        Thread reader = new Thread(() -> {
            try {
                source.read(this::put);
                put(END);
            } catch (RuntimeException | Error e) {
                put(e);
            }
        }, "vigil-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading was interrupted", e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("reading was interrupted", e);
            }
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next instanceof Error e) {
            throw e;
        }
        return next != END;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceItem item = (SourceItem) next;
        next = null;
        return item;
    }
}
