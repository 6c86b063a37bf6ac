package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.store.DuckDbEventStore;
import picocli.CommandLine;

/**
 * The store-opening rules of the command line: only the commands that create a store ({@code run}, {@code ingest})
 * may open one that does not exist yet; every command says which store it uses; a store held by another process
 * (DuckDB's file lock) is reported in one line that says what holds it and what to run instead.
 */
final class StoreLocation {
    private static final String LOCK = "Could not set lock on file";
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

    private StoreLocation() {
    }

    /** The database file of the store in {@code data}, absolute. */
    static Path file(Path data) {
        return data.toAbsolutePath().normalize().resolve(DuckDbEventStore.FILE_NAME);
    }

    /**
     * Prints the store a command uses; for a command that does not create stores, stops with a usage error when
     * there is none in {@code data}.
     */
    static void announce(CommandLine command, Path data, boolean creates) {
        Path file = file(data);
        if (!creates && !Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(command, "no store at " + file
                    + " (create one with 'vigil ingest --data " + data + " FILES' or 'vigil run', or give --data)");
        }
        PrintWriter out = command.getOut();
        out.println("store: " + file + (Files.isRegularFile(file) ? "" : " (new)"));
        out.flush();
    }

    /** Where a command tells its user what upgrading a store written by an older Vigil changed: standard error. */
    static Consumer<String> notices(CommandLine command) {
        return notice -> {
            command.getErr().println(notice);
            command.getErr().flush();
        };
    }

    /**
     * One line for a failure to open a store because another process holds its lock, or null when {@code error}
     * is something else.
     */
    static String heldBy(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            String message = e.getMessage();
            if (message != null && message.contains(LOCK)) {
                Matcher m = PID.matcher(message);
                String pid = m.find() ? " (PID " + m.group(1) + ")" : "";
                return "the store is held by another process" + pid + ", most likely 'vigil serve' or 'vigil run'"
                        + " on it; stop that process first, or send the articles to the running server"
                        + " (POST /api/articles with its token, see docs/api.md)";
            }
        }
        return null;
    }
}
