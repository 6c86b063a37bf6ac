package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dictionaries DIR} / {@code --only-dictionaries} and {@code vigil dictionaries convert}, end to end. */
class DictionaryOptionsTest {
    private static final String KARLAND = """
            KARLAND [KRL]
            +KARLANDER
            OSTMARK [OSM]
            TOMAS_QUILLBY_
            \t[KRLGOV 20010301-20050630]
            \t[KRLOPP >20050701]
            """;

    @TempDir
    Path dir;

    private Path petrarch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("petrarch"));
        Files.writeString(folder.resolve("Made.actors.txt"), KARLAND);
        return folder;
    }

    private Path text(String text) throws IOException {
        return Files.writeString(dir.resolve("story.txt"), text);
    }

    private static List<String> events(Run run) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode e = JsonLines.MAPPER.readTree(line);
            out.add(e.get("source").get("code").asText() + " -> " + e.get("target").get("code").asText() + " "
                    + e.get("cameo").asText());
        }
        return out;
    }

    @Test
    void codesActorsKnownOnlyToAPetrarchFolderAndSummarisesWhatItTook() throws IOException {
        Path story = text("Karland condemned Ostmark on Monday.");
        assertThat(events(Run.of("code", story.toString()))).isEmpty();

        Run run = Run.of("code", "--dictionaries", petrarch().toString(), story.toString());

        assertThat(run.status()).isZero();
        assertThat(events(run)).containsExactly("KRL -> OSM 111");
        assertThat(run.err()).contains("dictionaries: actors: 3 taken, 0 left out");
    }

    @Test
    void aPersonIsCodedByTheCodeOfTheArticlesDate() throws IOException {
        Path story = text("Tomas Quillby condemned Ostmark.");
        String folder = petrarch().toString();

        assertThat(events(Run.of("code", "--dictionaries", folder, "--date", "2003-05-01", story.toString())))
                .containsExactly("KRL:GOV -> OSM 111");
        assertThat(events(Run.of("code", "--dictionaries", folder, "--date", "2007-05-01", story.toString())))
                .containsExactly("KRL:OPP -> OSM 111");
    }

    @Test
    void onlyDictionariesUsesTheFolderInsteadOfTheBuiltInOnes() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("vigil"));
        Files.writeString(folder.resolve("countries.tsv"), "KRL\tKarland\t-\t-\t-\nOSM\tOstmark\t-\t-\t-\n");
        Files.writeString(folder.resolve("verbs.tsv"), "111\tV\tcondemn\t-\n");
        Path story = text("Ostmark condemned Karland. France condemned Karland.");

        Run run = Run.of("code", "--dictionaries", folder.toString(), "--only-dictionaries", story.toString());

        assertThat(run.status()).isZero();
        assertThat(events(run)).containsExactly("OSM -> KRL 111");
    }

    @Test
    void onlyDictionariesWithoutAFolderIsBadUsage() throws IOException {
        Run run = Run.of("code", "--only-dictionaries", text("Nothing.").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--only-dictionaries needs --dictionaries DIR");
    }

    @Test
    void aBadLineOfAVigilFolderStopsWithItsFileAndLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("vigil"));
        Files.writeString(folder.resolve("people.tsv"), "# names\tactor\tfrom\tto\toffice\nTomas Quillby\tKRL\n");

        Run run = Run.of("code", "--dictionaries", folder.toString(), text("Nothing.").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("people.tsv:2: expected 5 TAB-separated fields, found 2");
    }

    @Test
    void convertWritesVigilFilesThatCodeTheSame() throws IOException {
        Path out = dir.resolve("converted");
        Run convert = Run.of("dictionaries", "convert", petrarch().toString(), out.toString());

        assertThat(convert.status()).isZero();
        assertThat(convert.out()).contains("actors: 3 taken, 0 left out")
                .contains("2 entries written to " + out.resolve("countries.tsv"))
                .contains("2 entries written to " + out.resolve("people.tsv"));
        assertThat(Files.readAllLines(out.resolve("people.tsv")))
                .contains("Tomas Quillby\tKRL:GOV\t2001-03-01\t2005-06-30\tPETRARCH actor");
        Path story = text("Tomas Quillby condemned Karland.");
        assertThat(events(Run.of("code", "--dictionaries", out.toString(), "--date", "2003-05-01", story.toString())))
                .containsExactly("KRL:GOV -> KRL 111");
    }

    @Test
    void convertRefusesAFolderWithoutPetrarchDictionaries() {
        Run run = Run.of("dictionaries", "convert", dir.toString(), dir.resolve("out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not a folder of PETRARCH dictionaries");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
