package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigil.ingest.live.LoopbackFeed;
import org.vigil.server.browser.Chromium;
import org.vigil.store.DuckDbEventStore;

/**
 * The live workflow end to end: {@code vigil serve --feeds} (its own process) polls a feed on loopback; two items
 * published while it serves show on the dashboard in a real Chromium, with the feed's line under "Live ingest";
 * meanwhile {@code vigil ingest} on the same store goes through the server, and its article shows too.
 */
class LiveDashboardBrowserIT {
    static final Duration LIMIT = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    void itemsPublishedToAPolledFeed_andAnIngestMeanwhile_showOnTheDashboard() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        try (LoopbackFeed feed = LoopbackFeed.start()) {
            Path list = Files.writeString(dir.resolve("feeds.txt"), feed.url() + "\n");
            Path archive = Files.writeString(dir.resolve("archive.jsonl"), """
                    {"id": "a1", "date": "2024-03-07", "title": "Arrests", "text": "Israeli police arrested two Palestinian protesters last week."}
                    """);
            try (ServerProcess server = ServerProcess.serve("--data", data.toString(), "--feeds", list.toString(),
                    "--every", "1s", "--token", "s3cret")) {
                feed.publish("d1", "Shelling", "Russian troops shelled the Ukrainian city of Kharkiv.",
                        "Tue, 05 Mar 2024 09:00:00 GMT");
                feed.publish("d2", "Talks", "The French president met the German chancellor in Paris.",
                        "Wed, 06 Mar 2024 09:00:00 GMT");
                Run ingest = Run.of("ingest", "--data", data.toString(), "--token", "s3cret", archive.toString());
                assertThat(ingest.status()).as(ingest.err()).isZero();
                assertThat(ingest.out()).contains("held by the server", "documents: 1 read, 1 stored",
                        "event dates: ");
                assertThat(server.await("api/health", h -> h.get("articles").asLong() == 3, LIMIT)
                        .get("articles").asLong()).as(server.output()).isEqualTo(3);

                ChromeDriver browser = Chromium.start(dir.resolve("chromium-profile"));
                try {
                    Chromium.open(browser, server.address() + "#/events", false);
                    List<String> evidence = browser.findElements(By.cssSelector("article.event blockquote.evidence"))
                            .stream().map(WebElement::getText).toList();
                    assertThat(evidence).anyMatch(t -> t.contains("Kharkiv")).anyMatch(t -> t.contains("Paris"))
                            .anyMatch(t -> t.contains("protesters"));

                    Chromium.open(browser, server.address() + "#/", false);
                    String live = browser.findElement(By.cssSelector("#section-live")).getText();
                    assertThat(live).contains(feed.url().toString(), "2 stored", "0 errors");
                } finally {
                    browser.quit();
                }
            }
        }
    }
}
