package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.source.SourceTesting.documents;
import static org.vigil.ingest.source.SourceTesting.failures;
import static org.vigil.ingest.source.SourceTesting.readAll;

import java.io.IOException;
import java.nio.charset.Charset;
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
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

class TextSourceTest {
    @TempDir
    Path dir;

    @Test
    void read_file_idFromTextHashAndUndatedWhateverTheFileTime() throws IOException {
        String text = "Floods displace thousands in Pakistan\n\nHeavy monsoon rains flooded villages in Sindh province.\n";
        Path file = Files.writeString(dir.resolve("floods.txt"), text);
        Instant mtime = Instant.parse("2023-08-20T12:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(mtime));

        List<SourceItem> items = readAll(new TextSource(file));

        assertThat(items).hasSize(1);
        SourceDocument doc = documents(items).get(0);
        assertThat(doc.article().text()).isEqualTo(text.strip());
        assertThat(doc.article().id()).isEqualTo(ArticleIds.fromText(text));
        assertThat(doc.article().url()).isNull();
        assertThat(doc.article().title()).isEqualTo("Floods displace thousands in Pakistan");
        assertThat(doc.article().date()).isNull();
        assertThat(doc.dateOrigin()).isEqualTo(DateOrigin.NONE);
        assertThat(doc.input()).isEqualTo(file.toString());
    }

    @Test
    void read_dateLineInText_isAPageDate() throws IOException {
        Path header = Files.writeString(dir.resolve("a.txt"),
                "Ceasefire holds in Nagorno-Karabakh\nDate: 2024-03-05\n\nThe truce held overnight.");
        Path dateline = Files.writeString(dir.resolve("b.txt"),
                "March 7, 2024\n\nSerbia and Kosovo resumed EU-mediated talks in Brussels.");

        assertThat(documents(readAll(new TextSource(header))).get(0))
                .satisfies(d -> assertThat(d.article().date()).isEqualTo(LocalDate.of(2024, 3, 5)))
                .satisfies(d -> assertThat(d.dateOrigin()).isEqualTo(DateOrigin.PAGE));
        assertThat(documents(readAll(new TextSource(dateline))).get(0).article().date())
                .isEqualTo(LocalDate.of(2024, 3, 7));
    }

    @Test
    void read_folder_recursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/c/3.txt"), "Third story about a summit in Minsk.");
        Files.writeString(dir.resolve("a.txt"), "First story about talks in Baku.");
        Files.writeString(dir.resolve("b/2.txt"), "Second story about drills near Yerevan.");
        Files.writeString(dir.resolve(".hidden.txt"), "Not news.");
        Files.writeString(dir.resolve(".git/config"), "[core]");

        List<SourceItem> items = readAll(new TextSource(dir));

        assertThat(failures(items)).isEmpty();
        assertThat(documents(items)).extracting(SourceDocument::input).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString(),
                dir.resolve("b/c/3.txt").toString());
    }

    @Test
    void read_folderWithBadFiles_failsEachAndReadsTheRest() throws IOException {
        Files.writeString(dir.resolve("1.txt"), "Tajikistan and Kyrgyzstan agreed a border deal.");
        Files.write(dir.resolve("2.txt"), new byte[0]);
        Files.write(dir.resolve("3.bin"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0});
        Files.writeString(dir.resolve("4.txt"), "Georgia recalled its ambassador.");

        List<SourceItem> items = readAll(new TextSource(dir));

        assertThat(documents(items)).hasSize(2);
        assertThat(failures(items)).extracting(SourceFailure::toString).containsExactly(
                dir.resolve("2.txt") + ": empty file",
                dir.resolve("3.bin") + ": binary content, not text");
    }

    @Test
    void read_legacyEncoding_isReadAsWindows1252() throws IOException {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "Café talks in Genève ended without agreement.".getBytes(Charset.forName("windows-1252")));

        SourceDocument doc = documents(readAll(new TextSource(file))).get(0);

        assertThat(doc.article().text()).isEqualTo("Café talks in Genève ended without agreement.");
    }

    @Test
    void read_singleByteCyrillic_failsAsNotUtf8() throws IOException {
        Path file = dir.resolve("cp1251.txt");
        Files.write(file, "Делегации встретились в Женеве.".getBytes(Charset.forName("windows-1251")));

        assertThat(failures(readAll(new TextSource(file)))).singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("not UTF-8 text"));
    }

    @Test
    void read_byteOrderMarkAndCrLf_areNormalised() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, "\uFEFFLine one.\r\nLine two.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(documents(readAll(new TextSource(file))).get(0).article().text())
                .isEqualTo("Line one.\nLine two.");
    }
}
