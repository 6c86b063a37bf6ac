package org.vigil.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.ingest.live.FeedList;
import org.vigil.ingest.source.ReadLimits;
import org.vigil.server.ServerConfig;
import org.vigil.store.DuckDbSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the HTTP API (docs/api.md) and the dashboard over a store, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the dashboard and the HTTP API (docs/api.md) over the store, and print the address. Runs until "
                    + "stopped (Ctrl-C).",
            "With a token (--token, or the environment variable VIGIL_TOKEN), POST /api/articles codes and stores "
                    + "one article per request for clients that send 'Authorization: Bearer TOKEN'; without one it "
                    + "is switched off.",
            "With --watch DIR, files dropped into the folder (any format ingest reads) are ingested by the "
                    + "server itself once they stop changing; with --feeds FILE, the RSS/Atom feeds listed there are "
                    + "polled every --every (conditional GET, back-off after a failure) and their new entries "
                    + "ingested. /api/status shows what was read and the last poll, items and errors of each feed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:could not serve (store held by another process, port taken)", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {
    private static final Pattern EVERY = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    @Option(names = "--data", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path data = Workbench.DEFAULT_DATA;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token that switches POST /api/articles on (default: $VIGIL_TOKEN, else off).")
    String token;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Ingest the files dropped into this folder while serving (checked every "
                    + "2 seconds; already stored articles are skipped, so a restart duplicates nothing).")
    Path watch;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Poll the RSS/Atom feeds listed in this file (one http(s) URL per line, # for comments) "
                    + "while serving and ingest their new entries.")
    Path feeds;

    @Option(names = "--every", paramLabel = "DURATION",
            description = "How often each feed is polled: 30s, 15m, 1h… (default: ${DEFAULT-VALUE}); after a "
                    + "failed poll a feed waits twice as long each time, up to 32 times this.")
    String every = "15m";

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "Host header names to answer besides the bound address (a proxy's public name); "
                    + "repeatable or comma-separated. Others get 421.")
    List<String> allowHosts = new ArrayList<>();

    @CommandLine.Mixin
    DuckDbOptions duckdb;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;

    ServeCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535: " + port);
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--watch " + watch + ": " + (Files.exists(watch) ? "not a folder" : "no such folder"));
        }
        LiveIngest.Plan live = new LiveIngest.Plan(watch, feedUrls(), interval(every));
        DuckDbSettings settings = duckdb.settings(spec.commandLine());
        limits.apply();
        StoreLocation.announce(spec.commandLine(), data, false);
        // a posted article is held within the same limits as a watched file's
        ServerConfig config = new ServerConfig(data, host, port, null, null, null, Set.copyOf(allowHosts), null,
                LimitOptions.posts(ReadLimits.current()), settings);
        Serving.serveUntilStopped(spec.commandLine().getOut(), config, token, live, engines);
        return 0;
    }

    private List<URI> feedUrls() {
        if (feeds == null) {
            return List.of();
        }
        try {
            return FeedList.read(feeds);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feeds " + e.getMessage());
        }
    }

    private Duration interval(String text) {
        Matcher m = EVERY.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--every " + text + ": not a duration such as 30s, 15m, 1h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
