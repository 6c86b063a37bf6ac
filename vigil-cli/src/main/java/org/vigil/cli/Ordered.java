package org.vigil.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on several threads and hands the results on in input order.
 * At most a few inputs per thread are in flight, so memory stays flat on large inputs.
 */
final class Ordered {
    private Ordered() {
    }

    /**
     * Applies {@code work} to every input and gives each outcome to {@code sink}, in input order, on the
     * calling thread. A failure of {@code work} on one input is handed on as an {@link Outcome} with its error.
     */
    static <I, R> void map(Iterator<I> inputs, int threads, Function<I, R> work, Consumer<Outcome<I, R>> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            int window = threads * 4;
            Deque<Pending<I, R>> pending = new ArrayDeque<>();
            while (inputs.hasNext()) {
                I input = inputs.next();
                pending.add(new Pending<>(input, pool.submit(() -> work.apply(input))));
                if (pending.size() >= window) {
                    sink.accept(pending.removeFirst().await());
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(pending.removeFirst().await());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result of one input, or the error that stopped it. */
    record Outcome<I, R>(I input, R result, Throwable error) {
    }

    private record Pending<I, R>(I input, Future<R> future) {
        Outcome<I, R> await() {
            try {
                return new Outcome<>(input, future.get(), null);
            } catch (ExecutionException e) {
                return new Outcome<>(input, null, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vigil-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
