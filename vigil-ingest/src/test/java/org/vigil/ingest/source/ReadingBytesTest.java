package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;

/** How bytes become text, for every source and for {@code vigil code}, which reads through the same sources. */
class ReadingBytesTest {
    private static final String STORY = "Date: 2024-03-05\n\nTurkey and Greece agreed to resume talks in Athens.\n";

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private SourceDocument onlyDocument(Path file) {
        List<SourceItem> items = readAll(Sources.open(file.toString()));
        assertThat(failures(items)).isEmpty();
        return documents(items).get(0);
    }

    @Test
    void utf16TextIsReadWithOrWithoutAByteOrderMark() throws IOException {
        Path le = Files.write(dir.resolve("le-bom.txt"), concat(bytes(0xFF, 0xFE), STORY.getBytes(StandardCharsets.UTF_16LE)));
        Path be = Files.write(dir.resolve("be-bom.txt"), concat(bytes(0xFE, 0xFF), STORY.getBytes(StandardCharsets.UTF_16BE)));
        Path bare = Files.write(dir.resolve("le-bare.txt"), STORY.getBytes(StandardCharsets.UTF_16LE));
        Path bareBe = Files.write(dir.resolve("be-bare"), STORY.getBytes(StandardCharsets.UTF_16BE));

        for (Path file : List.of(le, be, bare, bareBe)) {
            SourceDocument doc = onlyDocument(file);
            assertThat(doc.article().text()).as(file.toString()).isEqualTo(STORY.strip());
            assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(doc.repair()).isNull();
        }
    }

    @Test
    void utf16JsonLinesAreReadLineByLine() throws IOException {
        String lines = "{\"id\": \"a\", \"text\": \"Talks resumed in Geneva.\"}\n{\"id\": \"b\", \"text\": \"Talks ended.\"}\n";
        Path withMark = Files.write(dir.resolve("mark.jsonl"), concat(bytes(0xFF, 0xFE), lines.getBytes(StandardCharsets.UTF_16LE)));
        Path without = Files.write(dir.resolve("bare.jsonl"), lines.getBytes(StandardCharsets.UTF_16BE));

        for (Path file : List.of(withMark, without)) {
            List<SourceItem> items = readAll(Sources.open(file.toString()));
            assertThat(failures(items)).isEmpty();
            assertThat(documents(items)).extracting(d -> d.article().text())
                    .containsExactly("Talks resumed in Geneva.", "Talks ended.");
        }
    }

    @Test
    void invalidUtf8InALineIsReplacedCountedAndTheDocumentKept() throws IOException {
        byte[] line = concat("{\"text\": \"Talks in Gen\u00e8ve \u2014 ".getBytes(StandardCharsets.UTF_8),
                bytes(0xC3, 0x28, 0xFF), " resumed.\"}\n{\"text\": \"Clean line.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("damaged.jsonl"), line);

        List<SourceDocument> docs = documents(readAll(Sources.open(file.toString())));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).article().text()).isEqualTo("Talks in Gen\u00e8ve \u2014 \uFFFD(\uFFFD resumed.");
        assertThat(docs.get(0).repair()).isEqualTo("2 invalid UTF-8 byte sequences replaced by U+FFFD");
        assertThat(docs.get(0).input()).isEqualTo(file + ":1");
        assertThat(docs.get(1).repair()).isNull();
    }

    @Test
    void legacyWesternTextWithoutAnyUtf8SequenceIsReadAsWindows1252() throws IOException {
        Path file = Files.write(dir.resolve("legacy.txt"),
                "Talks in Gen\u00e8ve resumed on Monday.".getBytes(Charset.forName("windows-1252")));

        SourceDocument doc = onlyDocument(file);

        assertThat(doc.article().text()).isEqualTo("Talks in Gen\u00e8ve resumed on Monday.");
        assertThat(doc.repair()).isNull();
    }

    @Test
    void randomBytesAreRefusedAsBinary() throws IOException {
        byte[] noise = new byte[200 * 1024];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.txt"), noise);
        Path jsonl = Files.write(dir.resolve("noise.jsonl"), noise);

        assertThat(failures(readAll(Sources.open(file.toString())))).singleElement()
                .hasToString(file + ": binary content, not text");
        assertThat(failures(readAll(Sources.open(jsonl.toString())))).singleElement()
                .hasToString(jsonl + ": binary content, not text");
    }

    @Test
    void datesOutsideTheCenturyAreRefusedWithOneMessage() throws IOException {
        int next = LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
        Path file = Files.writeString(dir.resolve("years.jsonl"), """
                {"id": "zero", "date": "0000-01-01", "text": "Talks resumed."}
                {"id": "minus", "date": "-0001-06-01", "text": "Talks resumed."}
                {"id": "far", "date": "+10000-01-01", "text": "Talks resumed."}
                {"id": "slash", "date": "2024/03/05", "text": "Talks resumed."}
                {"id": "ok", "date": "1999-12-31", "text": "Talks resumed."}
                """);

        List<SourceItem> items = readAll(Sources.open(file.toString()));

        assertThat(documents(items)).extracting(d -> d.article().id()).containsExactly("ok");
        String range = " is outside 1900-01-01.." + next + "-12-31";
        assertThat(failures(items)).extracting(Object::toString).containsExactly(
                file + ":1: date 0000-01-01" + range,
                file + ":2: date -0001-06-01" + range,
                file + ":3: date +10000-01-01" + range,
                file + ":4: date \"2024/03/05\" is neither an ISO date nor a timestamp");
    }

    @Test
    void aJsonTextThatIsNotAStringIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("numbers.jsonl"), "{\"id\": \"n\", \"text\": 12345}\n");

        assertThat(failures(readAll(Sources.open(file.toString())))).singleElement()
                .hasToString(file + ":1: \"text\" is not a string");
    }

    @Test
    void anUnreadableFolderIsReportedAndItsSiblingsRead() throws IOException {
        Path root = Files.createDirectory(dir.resolve("news"));
        Files.writeString(root.resolve("a.txt"), STORY);
        Path locked = Files.createDirectory(root.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), STORY);
        Files.writeString(root.resolve("z.txt"), "Talks ended in Athens on Friday.\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");

            List<SourceItem> items = readAll(Sources.open(root.toString()));

            assertThat(documents(items)).extracting(SourceDocument::input)
                    .containsExactly(root.resolve("a.txt").toString(), root.resolve("z.txt").toString());
            assertThat(failures(items)).extracting(Object::toString)
                    .containsExactly(locked + ": cannot be read: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLoopingSymlinkIsNamedAsSuchNotAsMissing() throws IOException {
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);

        assertThat(failures(readAll(Sources.open(loop.toString())))).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith(loop + ": too many levels of symbolic links"));
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutBeingHeldAndTheNextLineRead() throws IOException {
        byte[] input = ("short one\n" + "x".repeat(10_000) + "\nshort two").getBytes(StandardCharsets.UTF_8);
        ByteLines lines = new ByteLines(new ByteArrayInputStream(input), TextEncoding.UTF_8, 100);

        List<String> seen = new ArrayList<>();
        for (ByteLines.Line line; (line = lines.next()) != null; ) {
            seen.add(line.tooLong() ? "too long: " + line.tooLongBytes()
                    : new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8));
        }

        assertThat(seen).containsExactly("short one", "too long: 10000", "short two");
    }
}
