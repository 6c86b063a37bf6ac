package org.vigil.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vigil.core.source.SourceFailure;
import org.vigil.ingest.pipeline.ProgressListener;

/**
 * How a long run reports itself: a progress bar on a terminal, one line per committed batch when asked
 * ({@code --progress lines}), or nothing. Failures are always printed, one line each, naming the input.
 */
final class Progress implements ProgressListener {
    enum Mode { AUTO, BAR, LINES, NONE }

    private final PrintWriter err;
    private final Mode mode;
    private ProgressBar bar;

    private Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    static Progress create(PrintWriter err, Mode mode) {
        Mode chosen = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
        return new Progress(err, chosen);
    }

    @Override
    public void sourceStarted(String description) {
        if (mode == Mode.BAR) {
            closeBar();
            bar = new ProgressBarBuilder().setTaskName(shorten(description)).setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(-1).setUnit(" docs", 1).continuousUpdate().build();
        } else if (mode == Mode.LINES) {
            err.println("reading " + description);
        }
    }

    @Override
    public void documentDone(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void failed(SourceFailure failure) {
        say(failure.input() + ": " + failure.reason());
    }

    @Override
    public void warned(String input, String what) {
        say(input + ": warning: " + what);
    }

    private void say(String line) {
        if (bar != null) {
            bar.pause();
        }
        err.println(line);
        err.flush();
        if (bar != null) {
            bar.resume();
        }
    }

    @Override
    public void batchStored(long batches, long documents) {
        if (mode == Mode.LINES) {
            err.println("batch " + batches + " stored (" + documents + " documents so far)");
            err.flush();
        }
    }

    @Override
    public void finished() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
    }
}
