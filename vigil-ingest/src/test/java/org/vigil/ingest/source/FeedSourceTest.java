package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;
import static org.vigil.ingest.source.SourceTesting.resource;
import static org.vigil.ingest.source.SourceTesting.resourceText;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;

class FeedSourceTest {
    @TempDir
    Path dir;

    @Test
    void read_rss_oneDocumentPerEntryWithHtmlStripped() {
        Path file = resource("rss.xml", dir);

        List<SourceItem> items = readAll(FeedSource.ofFile(file));

        assertThat(failures(items)).isEmpty();
        List<SourceDocument> docs = documents(items);
        assertThat(docs).hasSize(3);
        SourceDocument first = docs.get(0);
        assertThat(first.article().text()).isEqualTo("""
                CSTO holds command exercise in Tajikistan

                Staff officers from the Collective Security Treaty Organization began a three-day command \
                exercise near Dushanbe on Monday.

                Kyrgyzstan and Kazakhstan sent observers.""");
        assertThat(first.article().title()).isEqualTo("CSTO holds command exercise in Tajikistan");
        assertThat(first.article().url()).isEqualTo("https://steppe.example.net/news/csto-exercise-tajikistan");
        assertThat(first.article().id()).isEqualTo(ArticleIds.fromUrl(first.article().url()));
        assertThat(first.article().date()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(first.dateOrigin()).isEqualTo(DateOrigin.METADATA);
        assertThat(first.source()).isEqualTo("Steppe Wire");
        assertThat(first.input()).isEqualTo(file + "#1");

        SourceDocument second = docs.get(1);
        assertThat(second.article().text()).as("content:encoded is longer than the description")
                .contains("Syr Darya").doesNotContain("Short summary");
        assertThat(second.article().date()).as("23:40 at +05:00 is 18:40 UTC").isEqualTo(LocalDate.of(2024, 3, 12));

        SourceDocument third = docs.get(2);
        assertThat(third.article().text()).isEqualTo("Markets closed for holiday");
        assertThat(third.article().date()).isNull();
        assertThat(third.dateOrigin()).isEqualTo(DateOrigin.NONE);
    }

    @Test
    void read_atom_publishedElseUpdated() {
        Path file = resource("atom.xml", dir);

        List<SourceDocument> docs = documents(readAll(FeedSource.ofFile(file)));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).article().text()).startsWith("Estonia expels Russian diplomat\n\nEstonia's foreign");
        assertThat(docs.get(0).article().url()).isEqualTo("https://baltic.example.com/2024/04/02/estonia-expels-diplomat");
        assertThat(docs.get(0).article().date()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(docs.get(1).article().text()).endsWith("announced a joint exercise for May.");
        assertThat(docs.get(1).article().date()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(docs.get(1).source()).isEqualTo("Baltic Monitor");
    }

    @Test
    void read_entryWithoutTitleOrText_failsAndTheOthersAreRead() throws IOException {
        Path file = Files.writeString(dir.resolve("holes.rss"), """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                  <item><link>https://t.example/1</link></item>
                  <item><title>Chad closes its border with Sudan</title></item>
                </channel></rss>
                """);

        List<SourceItem> items = readAll(FeedSource.ofFile(file));

        assertThat(failures(items)).singleElement().hasToString(file + "#1: entry has no text");
        assertThat(documents(items)).singleElement()
                .satisfies(d -> assertThat(d.article().text()).isEqualTo("Chad closes its border with Sudan"));
    }

    @Test
    void read_url_fromLocalServer() {
        try (var http = new SourceTesting.LocalHttp()) {
            http.serve("/feed", "application/rss+xml; charset=utf-8", resourceText("rss.xml"));
            URI url = http.uri("/feed");

            List<SourceItem> items = readAll(FeedSource.ofUrl(url));

            assertThat(documents(items)).hasSize(3);
            assertThat(documents(items).get(0).input()).isEqualTo(url + "#1");
        }
    }

    @Test
    void read_rss091WithNetscapeDoctype_isReadAndItsDtdNeverFetched() throws IOException {
        try (var http = new SourceTesting.LocalHttp()) {
            Path file = Files.writeString(dir.resolve("rss091.xml"), """
                    <?xml version="1.0" encoding="ISO-8859-1"?>
                    <!-- a comment before the doctype -->
                    <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                      "%s">
                    <rss version="0.91"><channel><title>Wire</title><link>https://w.example/</link>
                      <description>d</description><language>en-us</language>
                      <item><title>Border talks</title><link>https://w.example/1</link>
                        <description>The envoys met in Gen&egrave;ve &amp; agreed.</description></item>
                    </channel></rss>
                    """.formatted(http.uri("/rss-0.91.dtd")));

            List<SourceItem> items = readAll(FeedSource.ofFile(file));

            assertThat(failures(items)).isEmpty();
            assertThat(documents(items)).singleElement().satisfies(d -> assertThat(d.article().text())
                    .isEqualTo("Border talks\n\nThe envoys met in Gen\u00e8ve & agreed."));
            assertThat(http.requests("/rss-0.91.dtd")).isZero();
        }
    }

    @Test
    void read_externalEntity_isRefusedAndNeverFetched() throws IOException {
        try (var http = new SourceTesting.LocalHttp()) {
            http.serve("/secret", "text/plain", "the secret");
            Path file = Files.writeString(dir.resolve("xxe.xml"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                    <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                      <item><title>Leak &xxe;</title></item>
                    </channel></rss>
                    """.formatted(http.uri("/secret")));

            List<SourceItem> items = readAll(FeedSource.ofFile(file));

            assertThat(documents(items)).isEmpty();
            assertThat(failures(items)).singleElement().hasToString(file
                    + ": a DOCTYPE that declares entities, refused (they could read files or expand without bound)");
            assertThat(http.requests("/secret")).isZero();
        }
    }

    @Test
    void read_entityExpansion_isRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path file = Files.writeString(dir.resolve("laughs.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss ["
                + entities + "]>\n<rss version=\"2.0\"><channel><title>&a9;</title><link>https://t.example/</link>"
                + "<description>d</description><item><title>x</title></item></channel></rss>\n");

        List<SourceItem> items = readAll(FeedSource.ofFile(file));

        assertThat(documents(items)).isEmpty();
        assertThat(failures(items)).singleElement().satisfies(f -> assertThat(f.reason()).contains("declares entities"));
    }
}
