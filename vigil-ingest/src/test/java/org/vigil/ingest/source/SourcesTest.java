package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.readAll;
import static org.vigil.ingest.source.SourceTesting.resource;
import static org.vigil.ingest.source.SourceTesting.resourceText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceItem;

class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void open_byExtension() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"x\"}\n");
        Files.writeString(dir.resolve("a.txt"), "x");
        resource("article.html", dir);
        resource("rss.xml", dir);
        TestWarcs.write(dir.resolve("a.warc.gz"), true, List.of());

        assertThat(Sources.open(dir.resolve("a.jsonl").toString())).isInstanceOf(JsonlSource.class);
        assertThat(Sources.open(dir.resolve("a.txt").toString())).isInstanceOf(TextSource.class);
        assertThat(Sources.open(dir.resolve("article.html").toString())).isInstanceOf(HtmlSource.class);
        assertThat(Sources.open(dir.resolve("rss.xml").toString())).isInstanceOf(FeedSource.class);
        assertThat(Sources.open(dir.resolve("a.warc.gz").toString())).isInstanceOf(WarcSource.class);
    }

    @Test
    void open_folder_readsEachFileByItsKind() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.createDirectories(folder.resolve("feeds"));
        Files.writeString(folder.resolve("a.jsonl"), "{\"text\": \"Qatar mediated a prisoner exchange.\"}\n"
                + "{\"text\": \"Egypt reopened the Rafah crossing.\"}\n");
        Files.writeString(folder.resolve("b.txt"), "Jordan and Syria discussed refugee returns.");
        Files.writeString(folder.resolve("feeds/c.xml"), resourceText("atom.xml"));
        Files.writeString(folder.resolve("d.html"), resourceText("article.html"));
        Files.write(folder.resolve("e"), new byte[0]);

        List<SourceItem> items = readAll(Sources.open(folder.toString()));

        assertThat(documents(items)).extracting(d -> d.article().title() == null
                ? d.article().text() : d.article().title()).containsExactly(
                "Qatar mediated a prisoner exchange.", "Egypt reopened the Rafah crossing.",
                "Jordan and Syria discussed refugee returns.", "Border talks resume in Geneva",
                "Estonia expels Russian diplomat", "Latvia and Lithuania plan joint air-defence drill");
        assertThat(SourceTesting.failures(items)).singleElement().hasToString(folder.resolve("e") + ": empty file");
    }

    @Test
    void open_unknownExtension_sniffsTheContent() throws IOException {
        Path jsonGz = dir.resolve("dump.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonGz))) {
            out.write("{\"text\": \"Iran and Iraq signed a security pact.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path warc = TestWarcs.write(dir.resolve("crawl.arc-data"), true, List.of(TestWarcs.Capture.html(
                "https://a.example/1", Instant.parse("2024-01-01T00:00:00Z"),
                TestWarcs.page("T", null, "Chile and Peru held talks."))));
        Path feed = Files.writeString(dir.resolve("feed"), resourceText("atom.xml"));
        Path page = Files.writeString(dir.resolve("page.php"), resourceText("article.html"));
        Path text = Files.writeString(dir.resolve("README"), "Nepal's parliament elected a new speaker.");

        assertThat(Sources.open(jsonGz.toString())).isInstanceOf(JsonlSource.class);
        assertThat(Sources.open(warc.toString())).isInstanceOf(WarcSource.class);
        assertThat(Sources.open(feed.toString())).isInstanceOf(FeedSource.class);
        assertThat(Sources.open(page.toString())).isInstanceOf(HtmlSource.class);
        assertThat(Sources.open(text.toString())).isInstanceOf(TextSource.class);
        assertThat(documents(readAll(Sources.open(warc.toString())))).hasSize(1);
    }

    @Test
    void open_fileUrl_isItsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"Oman mediated talks.\"}\n");

        Source source = Sources.open(file.toUri().toString());

        assertThat(source).isInstanceOf(JsonlSource.class);
        assertThat(documents(readAll(source))).hasSize(1);
    }

    @Test
    void open_jsonArray_isOneFailureAskingForJsonLines() throws IOException {
        Path file = Files.writeString(dir.resolve("export.json"), "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]\n");

        assertThat(readAll(Sources.open(file.toString()))).singleElement()
                .hasToString(file + ": a JSON array, not JSON Lines (one object per line)");
    }

    @Test
    void open_missingPathOrUnsupportedScheme_isOneFailure() {
        String missing = dir.resolve("nope.jsonl").toString();

        assertThat(readAll(Sources.open(missing))).singleElement().hasToString(missing + ": no such file or folder");
        assertThat(readAll(Sources.open("ftp://example.org/news.xml"))).singleElement()
                .hasToString("ftp://example.org/news.xml: unsupported URL scheme (only http and https)");
        assertThat(readAll(Sources.open(" "))).singleElement().hasToString(" : no path or URL given");
    }

    @Test
    void open_url_pageOrFeedByWhatTheServerAnswers() {
        try (var http = new SourceTesting.LocalHttp()) {
            http.serve("/story", "text/html; charset=utf-8", resourceText("article.html"));
            http.serve("/rss", "application/rss+xml", resourceText("rss.xml"));
            http.serve("/feed-as-text", "text/plain", resourceText("atom.xml"));
            http.serve("/data", "application/octet-stream", "\u0001\u0002");

            List<SourceItem> page = readAll(Sources.open(http.uri("/story").toString()));
            List<SourceItem> rss = readAll(Sources.open(http.uri("/rss").toString()));
            List<SourceItem> atom = readAll(Sources.open(http.uri("/feed-as-text").toString()));
            List<SourceItem> data = readAll(Sources.open(http.uri("/data").toString()));

            assertThat(documents(page)).singleElement()
                    .satisfies(d -> assertThat(d.article().title()).isEqualTo("Border talks resume in Geneva"));
            assertThat(documents(rss)).hasSize(3);
            assertThat(documents(atom)).hasSize(2);
            assertThat(data).singleElement().hasToString(http.uri("/data")
                    + ": neither an HTML page nor an RSS/Atom feed (content type application/octet-stream)");
        }
    }

    @Test
    void open_doesNoIoUntilRead() {
        Source source = Sources.open("http://127.0.0.1:" + SourceTesting.closedPort() + "/feed");

        assertThat(source.describe()).endsWith("/feed");
    }
}
