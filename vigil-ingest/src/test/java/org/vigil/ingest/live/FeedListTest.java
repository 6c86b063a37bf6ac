package org.vigil.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
    @TempDir
    Path dir;

    @Test
    void urlsOnePerLine_commentsAndBlankLinesSkipped_repeatsOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                # world news
                https://news.example.org/world.xml

                http://127.0.0.1:8080/feed.xml
                https://news.example.org/world.xml
                """);
        assertThat(FeedList.read(file)).containsExactly(URI.create("https://news.example.org/world.xml"),
                URI.create("http://127.0.0.1:8080/feed.xml"));
    }

    @Test
    void aBadLine_namesTheFileAndTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://news.example.org/a.xml\nftp://x/feed\n");
        assertThatThrownBy(() -> FeedList.read(file)).hasMessageContaining("feeds.txt:2")
                .hasMessageContaining("not an http(s) URL");
    }

    @Test
    void anEmptyOrMissingFile_saysSo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing yet\n");
        assertThatThrownBy(() -> FeedList.read(empty)).hasMessageContaining("no feed URL");
        assertThatThrownBy(() -> FeedList.read(dir.resolve("missing.txt"))).hasMessageContaining("missing.txt")
                .hasMessageContaining("cannot read");
    }
}
