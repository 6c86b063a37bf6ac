package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCountTest {
    @TempDir
    Path dir;

    @Test
    void countsNonBlankJsonLinesAndOneDocumentPerTextOrHtmlFile() throws Exception {
        Path lines = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"a\"}\n\n  \r\n{\"text\": \"b\"}\r\n{\"text\": \"c\"}");
        Files.createDirectories(dir.resolve("folder/sub"));
        Files.writeString(dir.resolve("folder/one.txt"), "One story.");
        Files.writeString(dir.resolve("folder/sub/two.html"), "<p>Another.</p>");
        Files.writeString(dir.resolve("folder/sub/more.ndjson"), "{}\n{}\n");
        Files.createDirectories(dir.resolve("folder/.cache"));
        Files.writeString(dir.resolve("folder/.cache/skip.bin"), "not read by ingest either");
        Files.writeString(dir.resolve("folder/.hidden.txt"), "skipped");

        assertThat(DocumentCount.of(List.of(lines.toString()))).hasValue(3);
        assertThat(DocumentCount.of(List.of(dir.resolve("folder").toString()))).hasValue(4);
        assertThat(DocumentCount.of(List.of(lines.toString(), dir.resolve("folder").toString()))).hasValue(7);
    }

    @Test
    void aUrlOrAFileThatCannotBeCountedCheaply_makesTheTotalUnknown() throws Exception {
        Path lines = Files.writeString(dir.resolve("news.jsonl"), "{}\n");
        Path warc = Files.writeString(dir.resolve("crawl.warc"), "WARC/1.0\r\n");
        assertThat(DocumentCount.of(List.of(lines.toString(), "https://example.org/feed.xml"))).isEmpty();
        assertThat(DocumentCount.of(List.of(lines.toString(), warc.toString()))).isEmpty();
    }

    @Test
    void aMissingFileCountsNothing_ingestReportsIt() {
        assertThat(DocumentCount.of(List.of(dir.resolve("gone.jsonl").toString()))).isEqualTo(OptionalLong.of(0));
        assertThat(DocumentCount.of(List.of("bad\0path.jsonl"))).isEqualTo(OptionalLong.of(0));
    }
}
