package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code vigil serve …} as a separate process (its own JVM, holding the store as a user's server does), with its
 * output collected and its address read from the "dashboard:" line; {@link #close} stops it as Ctrl-C would.
 */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final String address;

    private ServerProcess(Process process) throws IOException {
        this.process = process;
        CompletableFuture<String> dashboard = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith("dashboard: ")) {
                        dashboard.complete(line.substring("dashboard: ".length()).split("\\s+")[0]);
                    }
                }
            } catch (IOException e) {
                dashboard.completeExceptionally(e);
            }
            dashboard.completeExceptionally(new IllegalStateException("the server ended: " + output()));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            this.address = dashboard.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the server did not start: " + output(), e);
        }
    }

    /** Starts {@code vigil serve ARGS} and waits until it serves. */
    static ServerProcess serve(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(args));
        return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Where it serves, "http://127.0.0.1:PORT/". */
    String address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** Everything it printed so far. */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** GET of an API path ("api/health"), as JSON. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(address + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Asks for {@code path} until the answer passes {@code test}, for up to {@code limit}; the last answer. */
    JsonNode await(String path, Predicate<JsonNode> test, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        JsonNode last = get(path);
        while (!test.test(last) && System.nanoTime() < end) {
            Thread.sleep(500);
            last = get(path);
        }
        return last;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
