package org.vigil.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.nlp.testkit.CodingKit;
import org.vigil.nlp.testkit.SharedData;

/** The summit report the project was asked for (../shared/seeds/): what Vigil must find in it, and not invent. */
class SeedArticleIT {
    /** The CSTO summit in Bishkek was held on 28 November 2019. */
    private static final LocalDate SUMMIT = LocalDate.of(2019, 11, 28);
    private static List<Event> events;

    @BeforeAll
    static void codeTheSeed() throws IOException {
        Path seeds = SharedData.path("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent: seed test skipped");
        Path article;
        try (Stream<Path> files = Files.list(seeds)) {
            article = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        events = CodingKit.code(Files.readString(article), SUMMIT);
    }

    @Test
    void belarusProposesTheMissileDeclarationAndTheSecurityDialogue() {
        assertThat(events).filteredOn(e -> e.source().entity().equals("BLR") && e.code().root().equals("03"))
                .extracting(Event::evidence)
                .anySatisfy(s -> assertThat(s).contains("declaration of responsible countries"))
                .anySatisfy(s -> assertThat(s).contains("put forward an initiative"));
    }

    @Test
    void natoIsTheSourceOfAForcePostureEvent() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().entity()).isEqualTo("NATO");
            assertThat(e.code().root()).isEqualTo("15");
            assertThat(e.evidence()).contains("buildup");
        });
    }

    @Test
    void natoBuildupIsAimedAtTheCstoItBorders() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().entity()).isEqualTo("NATO");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().entity()).isEqualTo("CSTO");
        });
    }

    @Test
    void backgroundSentencesYieldNoEvent() {
        assertThat(events).extracting(Event::evidence).noneMatch(s -> s.startsWith("Regional armed conflicts")
                || s.startsWith("Although such a number of troops") || s.startsWith("He also pointed to")
                || s.startsWith("In this context") || s.startsWith("This can be achieved"));
    }

    @Test
    void everyEventCarriesItsEvidence() {
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.evidence()).contains(e.trigger().text());
            assertThat(e.evidence()).contains(e.source().span().text());
        });
    }
}
