package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs of the table, generated here, each given to {@code vigil code} or {@code ingest} in a JVM
 * of its own with the launcher's 1 GiB heap ({@link HeapProbe}): each ends with its named error or its result,
 * and its peak heap is read from the JVM itself and held under the heap (what the run keeps after a collection
 * under three quarters of it, so that no input is one allocation away from an OutOfMemoryError). The figures are
 * printed as a table; time is reported, never asserted.
 */
class HostileInputMemoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MB = 1024 * 1024;
    private static final long HEAP_MB = 1024;
    private static final Pattern PEAK = Pattern.compile("peak heap: (\\d+) MB used, (\\d+) MB after GC, (-?\\d+) MB");
    private static final List<String> TABLE = new ArrayList<>();

    @TempDir
    static Path tmp;
    private static String news;

    @BeforeAll
    static void newsText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(WorldNews.file())) {
            text.append(JSON.readTree(line).get("text").asText()).append('\n');
        }
        news = text.toString();
    }

    @AfterAll
    static void printTable() {
        System.out.println("HostileInputMemoryIT (heap 1 GiB):\n" + String.join("\n", TABLE));
    }

    @Test
    void documentOfTheOldLimit_isRefusedAtOnceNamingTheFlag() throws Exception {
        Path file = jsonl("old-limit.jsonl", Map.of("id", "old", "date", "2024-03-05",
                "text", news((long) (1.99 * MB))));
        Path data = tmp.resolve("old-limit-store");
        probe("1.99 MB JSONL document", 1, file + ":1: document too large (2.0 MB > 192.0 KB, see --max-document)",
                "ingest", file.toString(), "--data", data.toString(), "--progress", "none");
    }

    @Test
    void documentJustOverTheLimit_isRefusedUnparsed() throws Exception {
        Path file = jsonl("three-mb.jsonl", Map.of("id", "big", "date", "2024-03-05", "text", news(3 * MB)));
        probe("3 MB JSONL document", 1, file + ":1: document too large (", "code", file.toString());
    }

    @Test
    void fiftyMegabytesOfPlainText_isRefusedUnread() throws Exception {
        Path file = Files.writeString(tmp.resolve("fifty-mb.txt"), news(50 * MB));
        probe("50 MB plain text", 1, file + ": document too large (", "code", file.toString());
    }

    @Test
    void twentyMillionCharacterLine_isSkippedUnread() throws Exception {
        Path file = Files.writeString(tmp.resolve("long-line.jsonl"),
                "{\"id\": \"s\", \"text\": \"" + "x".repeat(20_000_000) + "\"}\n");
        probe("20M-character JSON string", 1, file + ":1: line too long (", "code", file.toString());
    }

    @Test
    void randomBytes_areRefusedAsBinary() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(12).nextBytes(bytes);
        Path file = Files.write(tmp.resolve("random.txt"), bytes);
        probe("200 KB of random bytes", 1, file + ": binary content, not text", "code", file.toString());
    }

    @Test
    void gzipBombAmongGoodFiles_stopsAtTheInflatedLimitAndTheOthersAreStored() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Path bomb = folder.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write("{\"id\": \"bomb\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 1100; i++) {   // 1.1 GB inflated, one line: past --max-inflated's 1 GB
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("good.jsonl"), JSON.writeValueAsString(Map.of("id", "good", "date",
                "2024-03-05", "text", "Russian artillery shelled Kharkiv on Tuesday.")) + "\n");
        Path data = tmp.resolve("bomb-store");
        String err = probe("gzip bomb (1.1 GB in one line) + a good file", 1, bomb + ": decompressed file too large (",
                "ingest", folder.toString(), "--data", data.toString(), "--progress", "none");
        assertThat(err).doesNotContain("OutOfMemoryError");
        assertThat(StoreProbe.query(data, "SELECT id FROM articles")).containsExactly("good");
    }

    @Test
    void documentJustUnderTheDefaultLimit_isParsedInWindowsWithinTheHeap() throws Exception {
        Path file = jsonl("near-limit.jsonl", Map.of("id", "near", "date", "2024-03-05", "text", news(191 * 1024)));
        Path data = tmp.resolve("near-store");
        probe("191 KB document (default limit 192 KB)", 0, null, "ingest", file.toString(),
                "--data", data.toString(), "--progress", "none");
        assertThat(StoreProbe.query(data, "SELECT status FROM articles")).containsExactly("coded");
    }

    @Test
    void sentenceOfAHundredThousandCharacters_isSkippedWithItsReason() throws Exception {
        Path file = Files.writeString(tmp.resolve("long-sentence.txt"), "Russia " + "and Ukraine ".repeat(8_500)
                + "met. France condemned Iran on Tuesday.");
        probe("100,000-character sentence", 0, file + ": warning: sentence 0 not coded: ", "code", file.toString());
    }

    private static Path jsonl(String name, Map<String, String> document) throws IOException {
        return Files.writeString(tmp.resolve(name), JSON.writeValueAsString(document) + "\n");
    }

    /** Real news text, repeated up to {@code bytes} (ASCII, so bytes and characters agree). */
    private static String news(long bytes) {
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes) {
            text.append(news);
        }
        return text.substring(0, (int) bytes).replaceAll("[^\\x20-\\x7e\\n]", " ");
    }

    /**
     * Runs {@code vigil ARGS} in its own JVM and checks its exit status, a line of standard error starting with
     * {@code errorLine} (when not null) and its peak heap; returns standard error.
     */
    private static String probe(String input, int status, String errorLine, String... args) throws Exception {
        long started = System.nanoTime();
        Process p = ChildVigil.probed(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(input + " ended").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        Matcher peak = PEAK.matcher(err);
        assertThat(peak.find()).as(input + ": peak heap printed in\n" + err).isTrue();
        long used = Long.parseLong(peak.group(1));
        long live = Long.parseLong(peak.group(2));
        TABLE.add(String.format("  %-44s %-6s exit %d  %6.1f s  peak heap %4d MB, after GC %4d MB, RSS %5s MB",
                input, args[0], p.exitValue(), seconds, used, live, peak.group(3)));
        assertThat(p.exitValue()).as(input + ":\n" + err).isEqualTo(status);
        if (errorLine != null) {
            assertThat(err.lines()).as(input).anySatisfy(l -> assertThat(l).startsWith(errorLine));
        }
        assertThat(used).as(input + ": peak heap (MB)").isLessThanOrEqualTo(HEAP_MB);
        assertThat(live).as(input + ": most heap kept after a collection (MB)").isLessThan(HEAP_MB * 3 / 4);
        return err;
    }
}
