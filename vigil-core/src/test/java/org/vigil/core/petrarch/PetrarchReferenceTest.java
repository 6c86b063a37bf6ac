package org.vigil.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigil.core.dictionary.Dictionaries;

/** The published PETRARCH2 dictionaries in the shared data load; skipped when the shared data is not there. */
class PetrarchReferenceTest {
    private static final Dictionaries DEFAULT = Dictionaries.loadDefault();

    static Path shared(String path) {
        String property = System.getProperty("vigil.shared");
        Path root = property == null || property.isBlank() ? Path.of("..", "..", "shared") : Path.of(property);
        Path folder = root.resolve(path);
        Assumptions.assumeTrue(Files.isDirectory(folder), folder + " absent: skipped");
        return folder;
    }

    @Test
    void phoenixDictionariesLoadWithTheirActorsAgentsAndVerbs() {
        PetrarchFolder.Loaded loaded = PetrarchFolder.load(shared("data/reference/petrarch2_dictionaries"),
                DEFAULT.cameo());
        loaded.report().summary().forEach(line -> System.out.println("phoenix " + line));
        loaded.report().problems().stream().limit(15).forEach(line -> System.out.println("phoenix problem " + line));
        System.out.println("phoenix problems: " + loaded.report().problems().size());
        assertThat(loaded.additions().people()).hasSizeGreaterThan(20_000);
        assertThat(loaded.additions().countries()).hasSizeGreaterThan(150);
        assertThat(loaded.additions().roles()).hasSizeGreaterThan(1_000);
        assertThat(loaded.additions().verbs()).hasSizeGreaterThan(5_000);
    }

    @Test
    void unitTestDictionariesLoad() {
        PetrarchFolder.Loaded loaded = PetrarchFolder.load(shared("data/gold/petrarch2_unit_tests/dictionaries"),
                DEFAULT.cameo());
        loaded.report().summary().forEach(line -> System.out.println("validate " + line));
        loaded.report().problems().forEach(line -> System.out.println("validate problem " + line));
        assertThat(loaded.additions().countries()).isNotEmpty();
    }
}
