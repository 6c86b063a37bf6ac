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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;

class HtmlSourceTest {
    @TempDir
    Path dir;

    @Test
    void read_file_keepsArticleBodyAndDropsFurniture() {
        Path file = resource("article.html", dir);

        List<SourceItem> items = readAll(HtmlSource.ofFile(file));

        assertThat(items).hasSize(1);
        SourceDocument doc = documents(items).get(0);
        assertThat(doc.article().text()).isEqualTo("""
                GENEVA — Negotiators from Armenia and Azerbaijan met in Geneva on Tuesday for a new round of \
                talks on the demarcation of their shared border, the Swiss foreign ministry said.

                The meeting, the first since January, was hosted by Swiss diplomats and observed by envoys from \
                the European Union. Both delegations described the atmosphere as constructive.

                "We agreed on the next steps," one negotiator told reporters.

                A further round is planned for April in Almaty.""");
        assertThat(doc.article().title()).isEqualTo("Border talks resume in Geneva");
        assertThat(doc.article().url()).isEqualTo("https://ledger.example.org/world/2024/03/05/border-talks-geneva/");
        assertThat(doc.article().id()).isEqualTo(ArticleIds.fromUrl(doc.article().url()));
        assertThat(doc.article().date()).as("article:published_time wins over <time>")
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.PAGE);
        assertThat(doc.source()).isEqualTo("The Daily Ledger");
        assertThat(doc.input()).isEqualTo(file.toString());
    }

    @Test
    void read_pageWithoutArticleOrMain_takesTheLargestBlockOfParagraphs() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.htm"), """
                <html><head><title>Ukraine grain corridor reopens</title>
                <script type="application/ld+json">
                  {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Black Sea Post"},
                   {"@type": "NewsArticle", "headline": "Grain corridor", "datePublished": "2023-11-14T06:00:00Z"}]}
                </script></head>
                <body>
                  <div class="menu"><p>Home</p><p>World</p></div>
                  <div class="story">
                    <p>The first cargo ship in three weeks left the port of Odesa on Tuesday.</p>
                    <p>Turkish officials said the corridor would stay open through the winter.</p>
                  </div>
                  <div class="promo"><p>Subscribe today.</p></div>
                </body></html>
                """);

        SourceDocument doc = documents(readAll(HtmlSource.ofFile(file))).get(0);

        assertThat(doc.article().text()).isEqualTo("""
                The first cargo ship in three weeks left the port of Odesa on Tuesday.

                Turkish officials said the corridor would stay open through the winter.""");
        assertThat(doc.article().title()).isEqualTo("Ukraine grain corridor reopens");
        assertThat(doc.article().date()).as("datePublished in JSON-LD").isEqualTo(LocalDate.of(2023, 11, 14));
        assertThat(doc.article().url()).isNull();
        assertThat(doc.source()).isNull();
    }

    @Test
    void read_teaserArticleOutsideTheStory_isNotTakenForTheBody() throws IOException {
        Path file = Files.writeString(dir.resolve("teaser.html"), """
                <html><body>
                  <div id="content">
                    <p>Moldova's parliament approved a new government on Friday after a week of talks.</p>
                    <p>The coalition holds a narrow majority of three seats.</p>
                    <p><time datetime="2024-02-16">16 February</time></p>
                  </div>
                  <div class="more"><article><p>Read also: weather</p></article></div>
                </body></html>
                """);

        SourceDocument doc = documents(readAll(HtmlSource.ofFile(file))).get(0);

        assertThat(doc.article().text()).startsWith("Moldova's parliament approved").doesNotContain("weather");
        assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 2, 16));
    }

    @Test
    void read_legacyCharsetDeclaredInThePage() throws IOException {
        Path file = dir.resolve("ru.html");
        String page = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article>"
                + "<p>Делегации встретились в Женеве.</p></article></body></html>";
        Files.write(file, page.getBytes(java.nio.charset.Charset.forName("windows-1251")));

        SourceDocument doc = documents(readAll(HtmlSource.ofFile(file))).get(0);

        assertThat(doc.article().title()).isEqualTo("Новости");
        assertThat(doc.article().text()).isEqualTo("Делегации встретились в Женеве.");
    }

    @Test
    void read_fileWithoutPageDate_isUndatedWhateverTheFileTime() throws IOException {
        Path file = Files.writeString(dir.resolve("nodate.html"),
                "<html><body><main><p>Protests continued in Yerevan for a third day.</p></main></body></html>");
        Instant mtime = Instant.parse("2022-05-03T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(mtime));

        SourceDocument doc = documents(readAll(HtmlSource.ofFile(file))).get(0);

        assertThat(doc.article().text()).isEqualTo("Protests continued in Yerevan for a third day.");
        assertThat(doc.article().date()).isNull();
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.NONE);
    }

    @Test
    void read_pageWithoutText_fails() throws IOException {
        Path file = Files.writeString(dir.resolve("empty-body.html"),
                "<html><head><title>Nothing</title></head><body><nav><p>Home</p></nav></body></html>");

        assertThat(failures(readAll(HtmlSource.ofFile(file))))
                .singleElement().hasToString(file + ": no article text found");
    }

    @Test
    void read_url_fromLocalServer() {
        try (var http = new SourceTesting.LocalHttp()) {
            http.serve("/world/story", "text/html; charset=utf-8", resourceText("article.html"));
            URI url = http.uri("/world/story");

            List<SourceItem> items = readAll(HtmlSource.ofUrl(url));

            SourceDocument doc = documents(items).get(0);
            assertThat(doc.article().text()).startsWith("GENEVA — Negotiators");
            assertThat(doc.article().url()).as("the canonical URL").startsWith("https://ledger.example.org/");
            assertThat(doc.input()).isEqualTo(url.toString());
        }
    }

    @Test
    void read_urlWithoutCanonicalOrDate_usesFetchedUrlAndNoDate() {
        try (var http = new SourceTesting.LocalHttp()) {
            http.serve("/p", "text/html",
                    "<html><body><article><p>Somalia and Kenya reopened a border crossing.</p></article></body></html>");
            URI url = http.uri("/p");

            SourceDocument doc = documents(readAll(HtmlSource.ofUrl(url))).get(0);

            assertThat(doc.article().url()).isEqualTo(url.toString());
            assertThat(doc.article().date()).isNull();
            assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.NONE);
            assertThat(doc.source()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void read_urlAnsweringNotFound_fails() {
        try (var http = new SourceTesting.LocalHttp()) {
            URI url = http.uri("/missing");

            assertThat(readAll(HtmlSource.ofUrl(url))).singleElement()
                    .hasToString(url + ": URL answered HTTP 404");
        }
    }
}
