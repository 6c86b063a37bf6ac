package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.ingest.language.LanguageDetector;
import org.vigil.ingest.language.OpenNlpLanguageDetector;

/**
 * The bad-input corpus of issue 3: each bad input, opened the way the command line opens it
 * ({@link Sources#open}), yields one failure that names the input and its cause, and nothing else is lost.
 */
class BadInputTest {
    private static final String[] PLACES = {"Baku", "Yerevan", "Tbilisi", "Minsk", "Astana", "Bishkek", "Dushanbe",
        "Tashkent", "Ashgabat", "Chisinau"};
    private static final String[] ACTIONS = {"held talks with", "criticised", "signed an accord with",
        "hosted a delegation from", "accused", "sent aid to"};

    private static LanguageDetector languages;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLanguageModel() {
        languages = new OpenNlpLanguageDetector();
    }

    /** Distinct, dull but plausible news lines, so that gzip cannot squeeze them to nothing. */
    private static List<String> jsonLines(int n) {
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = PLACES[random.nextInt(PLACES.length)];
            String b = PLACES[random.nextInt(PLACES.length)];
            lines.add("{\"id\": \"n%d\", \"date\": \"2024-02-%02d\", \"text\": \"Officials in %s %s %s on day %d, report %s.\"}"
                    .formatted(i, 1 + i % 28, a, ACTIONS[random.nextInt(ACTIONS.length)], b, i,
                            Long.toHexString(random.nextLong())));
        }
        return lines;
    }

    private static SourceFailure onlyFailure(List<SourceItem> items) {
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).isInstanceOf(SourceFailure.class);
        return (SourceFailure) items.get(0);
    }

    @Test
    void emptyFile() throws IOException {
        for (String name : List.of("empty.txt", "empty.jsonl", "empty.html", "empty.xml", "empty.warc.gz", "empty")) {
            Path file = Files.write(dir.resolve(name), new byte[0]);

            assertThat(onlyFailure(readAll(Sources.open(file.toString()))))
                    .as(name).hasToString(file + ": empty file");
        }
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (String name : List.of("image.txt", "image.jsonl", "image.html", "image.xml", "image.png")) {
            Path file = Files.write(dir.resolve(name), bytes);

            assertThat(onlyFailure(readAll(Sources.open(file.toString()))))
                    .as(name).hasToString(file + ": binary content, not text");
        }
    }

    @Test
    void truncatedJsonlGz_keepsTheLinesBeforeTheCut() throws IOException {
        List<String> lines = jsonLines(2000);
        Path whole = dir.resolve("whole.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        List<SourceItem> items = readAll(Sources.open(cut.toString()));

        List<SourceFailure> failures = failures(items);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(cut.toString());
            assertThat(f.reason()).matches("truncated gzip \\(after \\d+ lines\\)");
        });
        List<SourceDocument> docs = documents(items);
        assertThat(docs.size()).isBetween(500, 1999);
        assertThat(docs).extracting(d -> d.article().id())
                .containsExactlyElementsOf(lines.subList(0, docs.size()).stream()
                        .map(l -> l.substring(8, l.indexOf('"', 8))).toList());
        assertThat(failures.get(0).reason()).isEqualTo("truncated gzip (after " + docs.size() + " lines)");
    }

    @Test
    void truncatedWarcGz_keepsTheRecordsBeforeTheCut() throws IOException {
        List<TestWarcs.Capture> captures = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            StringBuilder story = new StringBuilder();
            for (int s = 0; s < 30; s++) {
                story.append("Officials in ").append(PLACES[random.nextInt(PLACES.length)]).append(' ')
                        .append(ACTIONS[random.nextInt(ACTIONS.length)]).append(' ')
                        .append(PLACES[random.nextInt(PLACES.length)]).append(", report ")
                        .append(Long.toHexString(random.nextLong())).append(". ");
            }
            captures.add(TestWarcs.Capture.html("https://news.example.org/story/" + i,
                    Instant.parse("2024-03-01T00:00:00Z"), TestWarcs.page("Story " + i, null, story.toString())));
        }
        Path whole = TestWarcs.write(dir.resolve("whole.warc.gz"), true, captures);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("CC-NEWS-cut.warc.gz"),
                java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));

        List<SourceItem> items = readAll(Sources.open(cut.toString()));

        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(cut.toString());
            assertThat(f.reason()).startsWith("truncated gzip");
        });
        List<SourceDocument> docs = documents(items);
        assertThat(docs.size()).isBetween(8, 13);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(docs.get(i).article().url()).isEqualTo("https://news.example.org/story/" + i);
        }
    }

    @Test
    void malformedJsonLine_theRestIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), """
                {"text": "Bolivia and Chile restored diplomatic ties."}
                {"text": "Venezuela and Guyana met in St Vincent.", "date": "2023-12-14"
                {"text": "Ecuador declared a state of emergency."}
                """);

        List<SourceItem> items = readAll(Sources.open(file.toString()));

        assertThat(documents(items)).hasSize(2);
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(file + ":2");
            assertThat(f.reason()).startsWith("not valid JSON: ");
        });
    }

    @Test
    void tenMegabyteDocument_failsAsTooLarge() throws IOException {
        String huge = "Officials met again to discuss the border. ".repeat(10 * 1024 * 1024 / 43 + 1);
        Path text = Files.writeString(dir.resolve("huge.txt"), huge);
        Path jsonl = Files.writeString(dir.resolve("huge.jsonl"),
                "{\"text\": \"Small story before.\"}\n{\"text\": \"" + huge + "\"}\n{\"text\": \"Small story after.\"}\n");

        assertThat(onlyFailure(readAll(Sources.open(text.toString()))))
                .hasToString(text + ": document too large (10.0 MB > 192.0 KB, see --max-document)");
        List<SourceItem> items = readAll(Sources.open(jsonl.toString()));
        assertThat(documents(items)).hasSize(2);
        assertThat(failures(items)).singleElement()
                .hasToString(jsonl + ":2: line too long (10.0 MB > 4.1 MB, see --max-line), skipped unread");
    }

    @Test
    void russianDocument_isReadAndDetectedAsRussian() throws IOException {
        Path file = Files.writeString(dir.resolve("ru.txt"), """
                Переговоры в Женеве

                Делегации Армении и Азербайджана провели во вторник в Женеве новый раунд переговоров о \
                делимитации границы. Следующая встреча запланирована на апрель.
                """);

        List<SourceItem> items = readAll(Sources.open(file.toString()));

        assertThat(documents(items)).singleElement()
                .satisfies(d -> assertThat(languages.detect(d.article().text())).isEqualTo("rus"));
    }

    @Test
    void feedThatIsNotXml() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.xml"), "Service temporarily unavailable, try later.\n");

        SourceFailure failure = onlyFailure(readAll(Sources.open(file.toString())));

        assertThat(failure.input()).isEqualTo(file.toString());
        assertThat(failure.reason()).startsWith("not an RSS/Atom feed: ").doesNotContain("\n");
    }

    @Test
    void urlThatDoesNotAnswer() {
        String url = "http://127.0.0.1:" + SourceTesting.closedPort() + "/rss";
        long start = System.nanoTime();

        SourceFailure failure = onlyFailure(readAll(Sources.open(url)));

        assertThat(failure.input()).isEqualTo(url);
        assertThat(failure.reason()).startsWith("URL did not answer: ");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);
    }

    @Test
    void urlThatConnectsButNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/news";
            long start = System.nanoTime();

            SourceFailure failure = onlyFailure(readAll(Sources.open(url)));

            assertThat(failure).hasToString(url + ": URL did not answer: no response within 5 s");
            assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);
        }
    }

    @Test
    void wholeCorpusInOneBatch_oneFailurePerBadInputAndEveryGoodDocumentKept() throws IOException {
        Path good = Files.writeString(dir.resolve("good.jsonl"),
                "{\"text\": \"Peru and Bolivia agreed on a joint border patrol.\"}\n"
                + "{\"text\": \"Paraguay hosted a Mercosur summit.\"}\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0x10});
        Path feed = Files.writeString(dir.resolve("broken.rss"), "<html><body>Bad gateway</body>");
        Path goodText = Files.writeString(dir.resolve("good.txt"), "Uruguay elected a new president.");
        String deadUrl = "http://127.0.0.1:" + SourceTesting.closedPort() + "/";

        List<SourceItem> items = new ArrayList<>();
        for (String input : List.of(good.toString(), empty.toString(), binary.toString(), feed.toString(),
                deadUrl, goodText.toString())) {
            Sources.open(input).read(items::add);
        }

        assertThat(documents(items)).hasSize(3);
        assertThat(failures(items)).extracting(SourceFailure::input)
                .containsExactly(empty.toString(), binary.toString(), feed.toString(), deadUrl);
    }
}
