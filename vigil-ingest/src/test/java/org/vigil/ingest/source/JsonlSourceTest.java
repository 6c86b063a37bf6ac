package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

class JsonlSourceTest {
    @TempDir
    Path dir;

    private static final String LINES = """
            {"id": "ledger-1", "url": "https://ledger.example.org/a1", "title": "Talks resume", "date": "2024-03-05", "source": "The Daily Ledger", "text": "Armenian and Azerbaijani negotiators met in Geneva on Tuesday."}
            {"text": "Police in Tbilisi detained dozens of protesters outside parliament.", "date": "2024-03-06T22:30:00-05:00"}

            {"url": "https://wire.example.net/b2", "text": "Kazakhstan hosted a CSTO exercise.", "date": "2024-03-07T01:15:00Z"}
            {"text": "Mongolia signed a trade deal with Japan.", "date": 1710201600}
            """;

    @Test
    void read_allFieldsAndDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), LINES);

        List<SourceItem> items = readAll(new JsonlSource(file));

        assertThat(failures(items)).isEmpty();
        List<SourceDocument> docs = documents(items);
        assertThat(docs).hasSize(4);
        SourceDocument first = docs.get(0);
        assertThat(first.article().id()).isEqualTo("ledger-1");
        assertThat(first.article().url()).isEqualTo("https://ledger.example.org/a1");
        assertThat(first.article().title()).isEqualTo("Talks resume");
        assertThat(first.article().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.article().text()).startsWith("Armenian and Azerbaijani");
        assertThat(first.source()).isEqualTo("The Daily Ledger");
        assertThat(first.dateOrigin()).isEqualTo(DateOrigin.METADATA);
        assertThat(first.input()).isEqualTo(file + ":1");

        SourceDocument second = docs.get(1);
        assertThat(second.article().id()).isEqualTo(ArticleIds.fromText(second.article().text()));
        assertThat(second.article().date()).as("the day in the timestamp's own offset")
                .isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(second.input()).isEqualTo(file + ":2");

        SourceDocument third = docs.get(2);
        assertThat(third.article().id()).isEqualTo(ArticleIds.fromUrl("https://wire.example.net/b2"));
        assertThat(third.input()).as("line numbers count blank lines").isEqualTo(file + ":4");
        assertThat(docs.get(3).article().date()).as("epoch seconds").isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void read_lineWithoutDate_hasNoDate() throws IOException {
        Path file = Files.writeString(dir.resolve("n.jsonl"), "{\"text\": \"Fighting resumed near the border.\"}\n");

        SourceDocument doc = documents(readAll(new JsonlSource(file))).get(0);

        assertThat(doc.article().date()).isNull();
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.NONE);
    }

    @Test
    void read_lineWithoutDate_takesTheDatelineDate() throws IOException {
        Path file = Files.writeString(dir.resolve("n.jsonl"),
                "{\"text\": \"TBILISI, Georgia March 5, 2024 - Police detained protesters outside parliament.\"}\n");

        SourceDocument doc = documents(readAll(new JsonlSource(file))).get(0);

        assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.DATELINE);
    }

    @Test
    void read_metadataDate_winsOverTheDateline() throws IOException {
        Path file = Files.writeString(dir.resolve("n.jsonl"), "{\"date\": \"2024-03-06\", "
                + "\"text\": \"YEREVAN, March 5, 2024 - Negotiators met again.\"}\n");

        SourceDocument doc = documents(readAll(new JsonlSource(file))).get(0);

        assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.METADATA);
    }

    @Test
    void read_badLines_failWithLineNumberAndTheRestIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), """
                {"text": "One."}
                {"text": "Two.", "date": "last Tuesday"}
                ["not", "an", "object"]
                {"title": "no text"}
                {"text": 42}
                {"text": "Three."} trailing
                {"text": "Four."}
                """);

        List<SourceItem> items = readAll(new JsonlSource(file));

        assertThat(documents(items)).extracting(d -> d.article().text()).containsExactly("One.", "Four.");
        List<String> reasons = failures(items).stream().map(SourceFailure::toString).toList();
        assertThat(reasons).hasSize(5);
        assertThat(reasons.subList(0, 4)).containsExactly(
                file + ":2: date \"last Tuesday\" is neither an ISO date nor a timestamp",
                file + ":3: not a JSON object",
                file + ":4: no \"text\" field",
                file + ":5: \"text\" is not a string");
        assertThat(reasons.get(4)).startsWith(file + ":6: not valid JSON: ").doesNotContain("\n");
    }

    @Test
    void read_gzip() throws IOException {
        Path file = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }

        List<SourceItem> items = readAll(new JsonlSource(file));

        assertThat(failures(items)).isEmpty();
        assertThat(documents(items)).hasSize(4);
    }

    @Test
    void read_twice_givesTheSameDocuments() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), LINES);
        JsonlSource source = new JsonlSource(file);

        assertThat(readAll(source)).isEqualTo(readAll(source));
    }
}
