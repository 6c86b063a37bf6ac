package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.dictionary.Dictionaries;

class MainTest {
    @Test
    void withoutACommandPrintsTheUsageListingTheCommands() {
        Run run = Run.of();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: vigil", "code", "eval");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = Run.of("frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void aFailureInsideACommandIsReportedInOneLineWithStatusOne(@TempDir Path dir) throws IOException, URISyntaxException {
        Path file = Files.writeString(dir.resolve("a.txt"), CodeCommandTest.SHELLED);
        // a real failure: the shipped dictionaries with one bad line added to verbs.tsv, loaded when the engine is built
        Path dictionaries = Files.createDirectory(dir.resolve("dictionaries"));
        copyShippedDictionaries(dictionaries);
        Path verbs = dictionaries.resolve("verbs.tsv");
        String content = Files.readString(verbs, StandardCharsets.UTF_8);
        String bad = (content.endsWith("\n") ? "" : "\n") + "999\tV\tfrobnicate\t-\n";
        Files.writeString(verbs, bad, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long badLine = Files.readAllLines(verbs, StandardCharsets.UTF_8).size();

        Run run = Run.with(() -> new Engine(RealEngine.parser(),
                new DependencyEventCoder(Dictionaries.load(dictionaries)), null), "code", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.errLines()).first()
                .isEqualTo("vigil code: DictionaryException: verbs.tsv:" + badLine + ": unknown CAMEO code '999'");
        assertThat(run.out()).isEmpty();
    }

    /** Copies every file of {@code /dictionaries/} on the classpath (a folder or a jar) into the given folder. */
    private static void copyShippedDictionaries(Path into) throws IOException, URISyntaxException {
        URI cameo = Dictionaries.class.getResource("/dictionaries/cameo.tsv").toURI();
        try (FileSystem jar = "jar".equals(cameo.getScheme()) ? FileSystems.newFileSystem(cameo, Map.of()) : null;
             Stream<Path> files = Files.list(Path.of(cameo).getParent())) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, into.resolve(source.getFileName().toString()));
            }
        }
    }
}
