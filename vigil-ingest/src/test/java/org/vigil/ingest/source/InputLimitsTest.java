package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.SourceItem;

/** The limits on what one input may make us hold or read: per document, per line, per inflated file. */
class InputLimitsTest {
    private static final long KB = 1024;

    @TempDir
    Path dir;

    @AfterEach
    void restoreDefaults() {
        ReadLimits.use(ReadLimits.DEFAULT);
    }

    private static String line(int i) {
        return "{\"id\":\"d" + i + "\",\"date\":\"2024-03-05\",\"text\":\"Turkey and Greece agreed to resume talks, "
                + "report " + i + ".\"}\n";
    }

    /** Good lines, then one line of {@code bombBytes} spaces and letters, gzip-compressed as a bomb is. */
    private Path bomb(String name, int goodLines, long bombBytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            for (int i = 0; i < goodLines; i++) {
                out.write(line(i).getBytes(StandardCharsets.UTF_8));
            }
            byte[] chunk = "{\"text\":\"".concat("a ".repeat(32 * 1024)).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bombBytes; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    @Test
    void aGzipBombIsRefusedWhileInflatingNamingTheFileAndTheLimitAndTheLinesBeforeItAreKept() throws IOException {
        ReadLimits.use(ReadLimits.DEFAULT.withInflatedBytes(8 * KB * KB));
        Path file = bomb("bomb.jsonl.gz", 3, 64 * KB * KB);
        assertThat(Files.size(file)).isLessThan(KB * KB);

        List<SourceItem> items = readAll(Sources.open(file.toString()));

        assertThat(documents(items)).hasSize(3);
        assertThat(failures(items)).singleElement().hasToString(file + ": decompressed file too large "
                + "(over 8.0 MB, see --max-inflated) (after 3 lines)");
    }

    @Test
    void oneEnormousInflatedLineIsSkippedUnderTheLineLimitAndTheFileReadOn() throws IOException {
        ReadLimits.use(ReadLimits.DEFAULT.withLineBytes(256 * KB));
        Path file = dir.resolve("line.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(line(1).getBytes(StandardCharsets.UTF_8));
            out.write(("{\"text\":\"" + "b ".repeat(1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(line(2).getBytes(StandardCharsets.UTF_8));
        }

        List<SourceItem> items = readAll(Sources.open(file.toString()));

        assertThat(documents(items)).extracting(d -> d.article().id()).containsExactly("d1", "d2");
        assertThat(failures(items)).singleElement()
                .hasToString(file + ":2: line too long (2.0 MB > 256.0 KB, see --max-line), skipped unread");
    }

    @Test
    void aDocumentOverTheDocumentLimitFailsWithTheLimitItBroke() throws IOException {
        ReadLimits.use(ReadLimits.DEFAULT.withDocumentBytes(KB));
        Path text = Files.writeString(dir.resolve("long.txt"), "Talks resumed in Athens. ".repeat(100));
        Path jsonl = Files.writeString(dir.resolve("docs.jsonl"), line(1)
                + "{\"text\":\"" + "Talks resumed. ".repeat(100) + "\"}\n");

        assertThat(failures(readAll(Sources.open(text.toString())))).singleElement()
                .hasToString(text + ": document too large (2.4 KB > 1.0 KB, see --max-document)");
        List<SourceItem> items = readAll(Sources.open(jsonl.toString()));
        assertThat(documents(items)).hasSize(1);
        assertThat(failures(items)).singleElement().extracting(f -> f.input()).isEqualTo(jsonl + ":2");
    }

    @Test
    void warcRecordsInflatingPastTheLimitEndTheArchiveWithTheRecordsBeforeKept() throws IOException {
        List<TestWarcs.Capture> captures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            captures.add(TestWarcs.Capture.html("https://news.example/" + i, Instant.parse("2024-03-05T10:00:00Z"),
                    TestWarcs.page("Talks " + i, "2024-03-05", ("Turkey and Greece agreed to resume talks. ").repeat(200))));
        }
        Path warc = TestWarcs.write(dir.resolve("news.warc.gz"), true, captures);
        ReadLimits.use(ReadLimits.DEFAULT.withInflatedBytes(30 * KB));

        List<SourceItem> items = readAll(Sources.open(warc.toString()));

        assertThat(documents(items)).hasSizeBetween(1, 5);
        assertThat(failures(items)).singleElement().extracting(f -> f.reason()).asString()
                .matches("decompressed file too large \\(over 30\\.0 KB, see --max-inflated\\) \\(after \\d+ records\\)");
    }

    @Test
    void linesForDocumentsMakeRoomForARaisedDocumentLimitEscapedAndNeverShortenTheLine() {
        assertThat(ReadLimits.DEFAULT.withDocumentBytes(3 * KB * KB).withLinesForDocuments().lineBytes())
                .isEqualTo(6 * KB * KB + 64 * KB);
        assertThat(ReadLimits.DEFAULT.withLinesForDocuments()).isEqualTo(ReadLimits.DEFAULT);
    }

    @Test
    void sizesAreWrittenWithBinaryUnitsAndNonsenseIsRefused() {
        assertThat(ReadLimits.parseSize("2MB")).isEqualTo(2 * KB * KB);
        assertThat(ReadLimits.parseSize("512k")).isEqualTo(512 * KB);
        assertThat(ReadLimits.parseSize("1g")).isEqualTo(KB * KB * KB);
        assertThat(ReadLimits.parseSize("4096")).isEqualTo(4096);
        assertThatThrownBy(() -> ReadLimits.parseSize("two megs")).hasMessageContaining("not a size: 'two megs'");
        assertThatThrownBy(() -> ReadLimits.parseSize("0")).hasMessageContaining("at least one byte");
        assertThatThrownBy(() -> ReadLimits.parseSize("99999999999G")).hasMessageContaining("too large");
    }
}
