package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the server that holds a store listens: {@code vigil serve} writes it beside the store once it serves and
 * removes it when it stops, so that {@code vigil ingest} on a held store can hand its documents to that server.
 * It holds no token: the client gets the token where the server got it ({@code --token} or {@code VIGIL_TOKEN}).
 *
 * @param pid     the serving process
 * @param address its base URL, "http://127.0.0.1:7070/"
 */
record ServerState(long pid, URI address) {
    static final String FILE_NAME = "vigil-serve.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path file(Path data) {
        return data.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /** Writes it beside the store in {@code data}, whole or not at all (a reader never sees half a file). */
    void write(Path data) {
        ObjectNode o = JSON.createObjectNode();
        o.put("pid", pid);
        o.put("address", address.toString());
        Path file = file(data);
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        try {
            Files.write(partial, JSON.writeValueAsBytes(o));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Removes the file in {@code data} if it is still this process's (a newer server may have replaced it). */
    void remove(Path data) {
        if (read(data).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file(data));
            } catch (IOException e) {
                // a stale file is harmless: a client finds nobody listening there and says so
            }
        }
    }

    /** The state in {@code data}, or empty when there is none or it cannot be read (a server killed mid-write). */
    static Optional<ServerState> read(Path data) {
        Path file = file(data);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode o = JSON.readTree(file.toFile());
            return Optional.of(new ServerState(o.get("pid").asLong(), URI.create(o.get("address").asText())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
