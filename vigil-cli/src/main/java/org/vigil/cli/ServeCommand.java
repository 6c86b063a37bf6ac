package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigil.server.ServerConfig;
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
                    + "is switched off."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:could not serve (store held by another process, port taken)", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {
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

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "Host header names to answer besides the bound address (a proxy's public name); "
                    + "repeatable or comma-separated. Others get 421.")
    List<String> allowHosts = new ArrayList<>();

    @CommandLine.Mixin
    DuckDbOptions duckdb;

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
        duckdb.apply(spec.commandLine());
        StoreLocation.announce(spec.commandLine(), data, false);
        Serving.serveUntilStopped(spec.commandLine().getOut(),
                new ServerConfig(data, host, port, null, null, null, Set.copyOf(allowHosts)), token, engines);
        return 0;
    }
}
