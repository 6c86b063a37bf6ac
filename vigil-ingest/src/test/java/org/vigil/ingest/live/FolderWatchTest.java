package org.vigil.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedFile_isHandedOnOnceItHasStoppedChanging() throws IOException {
        FolderWatch watch = new FolderWatch(dir);
        Path news = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"one\"}\n");

        assertThat(watch.scan()).isEmpty();                     // seen once: it may still be growing
        assertThat(watch.scan()).containsExactly(news);         // unchanged since: settled
        assertThat(watch.scan()).isEmpty();                     // handed on already
    }

    @Test
    void aFileStillGrowing_waitsUntilItSettles() throws IOException {
        FolderWatch watch = new FolderWatch(dir);
        Path news = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"one\"}\n");
        watch.scan();
        Files.writeString(news, "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");

        assertThat(watch.scan()).isEmpty();
        assertThat(watch.scan()).containsExactly(news);
    }

    @Test
    void aChangedFile_isHandedOnAgain() throws IOException {
        FolderWatch watch = new FolderWatch(dir);
        Path news = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"one\"}\n");
        watch.scan();
        watch.scan();
        Files.writeString(news, "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        Files.setLastModifiedTime(news, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(watch.scan()).isEmpty();
        assertThat(watch.scan()).containsExactly(news);
    }

    @Test
    void hiddenFilesPartialDownloadsAndFolders_areLeftAlone() throws IOException {
        FolderWatch watch = new FolderWatch(dir);
        Files.writeString(dir.resolve(".hidden.jsonl"), "x");
        Files.writeString(dir.resolve("feed.xml.part"), "x");
        Files.writeString(dir.resolve("copy.TMP"), "x");
        Files.createDirectory(dir.resolve("sub"));
        Path b = Files.writeString(dir.resolve("b.txt"), "x");
        Path a = Files.writeString(dir.resolve("a.txt"), "x");

        watch.scan();
        assertThat(watch.scan()).containsExactly(a, b);
    }
}
