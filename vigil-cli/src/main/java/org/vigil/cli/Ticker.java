package org.vigil.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task on its own daemon thread, at once and then with a fixed delay after each run, until closed; closing
 * waits for the run in flight, so the served store is not closed under it.
 */
final class Ticker implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private Ticker(String name) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static Ticker every(String name, Duration delay, Runnable task) {
        Ticker t = new Ticker(name);
        t.timer.scheduleWithFixedDelay(task, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
        return t;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
