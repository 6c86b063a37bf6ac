package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;
import org.vigil.ingest.source.TestWarcs.Capture;

class WarcSourceTest {
    private static final Instant CAPTURED = Instant.parse("2024-03-08T02:10:00Z");

    @TempDir
    Path dir;

    private List<Capture> captures() {
        return List.of(
                Capture.html("https://news.example.org/2024/03/07/minsk-summit", CAPTURED,
                        TestWarcs.page("Leaders gather in Minsk", "2024-03-07T09:00:00+03:00",
                                "Leaders of the CSTO member states gathered in Minsk on Thursday.",
                                "Armenia did not send a delegation.")),
                new Capture("https://news.example.org/robots.txt", CAPTURED, 200, "text/plain", "User-agent: *"),
                new Capture("https://news.example.org/old", CAPTURED, 301, "text/html", "<p>Moved</p>"),
                Capture.html("https://www.wire.example.com/story/88", CAPTURED,
                        TestWarcs.page("Border reopens", null, "The Kyrgyz-Tajik border reopened to trucks.")));
    }

    @Test
    void read_warcGz_oneDocumentPerHtmlResponse() throws IOException {
        Path file = TestWarcs.write(dir.resolve("CC-NEWS-20240308.warc.gz"), true, captures());

        List<SourceItem> items = readAll(new WarcSource(file));

        assertThat(failures(items)).isEmpty();
        List<SourceDocument> docs = documents(items);
        assertThat(docs).hasSize(2);
        SourceDocument first = docs.get(0);
        assertThat(first.article().text()).isEqualTo("""
                Leaders of the CSTO member states gathered in Minsk on Thursday.

                Armenia did not send a delegation.""");
        assertThat(first.article().title()).isEqualTo("Leaders gather in Minsk");
        assertThat(first.article().url()).isEqualTo("https://news.example.org/2024/03/07/minsk-summit");
        assertThat(first.article().id()).isEqualTo(ArticleIds.fromUrl(first.article().url()));
        assertThat(first.article().date()).as("the page's publication date").isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(first.dateOrigin()).isEqualTo(DateOrigin.PAGE);
        assertThat(first.source()).isEqualTo("news.example.org");
        assertThat(first.input()).matches(java.util.regex.Pattern.quote(file.toString()) + "@\\d+");

        SourceDocument second = docs.get(1);
        assertThat(second.article().date()).as("no page date: the capture day").isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(second.dateOrigin()).isEqualTo(DateOrigin.METADATA);
        assertThat(second.source()).isEqualTo("wire.example.com");
    }

    @Test
    void read_plainWarc() throws IOException {
        Path file = TestWarcs.write(dir.resolve("crawl.warc"), false, captures());

        assertThat(documents(readAll(new WarcSource(file)))).hasSize(2);
    }

    @Test
    void read_pageDateAfterCapture_isIgnored() throws IOException {
        Path file = TestWarcs.write(dir.resolve("future.warc.gz"), true, List.of(
                Capture.html("https://news.example.org/x", CAPTURED,
                        TestWarcs.page("Odd date", "2031-01-01", "Sudan's army and the RSF agreed a truce."))));

        SourceDocument doc = documents(readAll(new WarcSource(file))).get(0);

        assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.METADATA);
    }

    @Test
    void read_notAWarc_failsOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.warc"), "this is not an archive\n");

        assertThat(readAll(new WarcSource(file))).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith(file + ": not a WARC file: "));
    }
}
