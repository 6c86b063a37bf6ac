package org.vigil.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vigil.core.source.SourceFailure;
import org.vigil.ingest.pipeline.ProgressListener;

/**
 * How a long run reports itself: a progress bar on a terminal (with the total, rate and time left when the
 * documents could be counted first, {@link DocumentCount}), one line per file read and per committed batch when
 * asked ({@code --progress lines}), or nothing. Failures are always printed, one line each, naming the input.
 */
final class Progress implements ProgressListener {
    enum Mode { AUTO, BAR, LINES, NONE }

    /** "news.jsonl:12", "crawl.warc@4096", "feed.xml#3": the file is what comes before the position. */
    private static final Pattern POSITION = Pattern.compile("[:@#]\\d+$");

    private final PrintWriter err;
    private final Mode mode;
    private final OptionalLong total;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private long done;
    /** The file being read, for --progress lines, and its documents so far. */
    private String file;
    private long fileDocuments;

    private Progress(PrintWriter err, Mode mode, OptionalLong total) {
        this.err = err;
        this.mode = mode;
        this.total = total;
    }

    /** @param total the documents the run will read, when known */
    static Progress create(PrintWriter err, Mode mode, OptionalLong total) {
        Mode chosen = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
        return new Progress(err, chosen, total);
    }

    @Override
    public void sourceStarted(String description) {
        if (mode == Mode.BAR) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                        .setInitialMax(total.orElse(-1)).setUnit(" docs", 1).showSpeed().continuousUpdate().build();
            }
            bar.setExtraMessage(shorten(description));
        } else if (mode == Mode.LINES) {
            endFile();
            err.println("reading " + description + (total.isPresent() ? " (" + total.getAsLong()
                    + " documents in all)" : ""));
            err.flush();
        }
    }

    @Override
    public void documentRead(String input) {
        if (mode != Mode.LINES) {
            return;
        }
        String f = POSITION.matcher(input).replaceFirst("");
        if (!f.equals(file)) {
            endFile();
            file = f;
        }
        fileDocuments++;
    }

    @Override
    public void documentDone(long done) {
        this.done = done;
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
            err.println("batch " + batches + " stored (" + documents + " documents so far); " + soFar());
            err.flush();
        }
    }

    @Override
    public void finished() {
        endFile();
        closeBar();
    }

    /** --progress lines: the line of the file just read. */
    private void endFile() {
        if (file != null) {
            err.println(file + ": " + fileDocuments + (fileDocuments == 1 ? " document; " : " documents; ") + soFar());
            err.flush();
        }
        file = null;
        fileDocuments = 0;
    }

    private String soFar() {
        return ProgressText.of(done, total, (System.nanoTime() - started) / 1e9);
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
