package org.vigil.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.dictionary.Additions;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.dictionary.DictionaryWriter;
import org.vigil.core.verbs.TriggerPattern;

/** PETRARCH dictionaries → Vigil's files → loaded again: the same entries. */
class ConversionRoundTripTest {
    private static final Dictionaries DEFAULT = Dictionaries.loadDefault();

    @TempDir
    Path petrarch;

    @TempDir
    Path vigil;

    @Test
    void convertedDictionariesLoadBackToTheSameEntries() throws IOException {
        Files.writeString(petrarch.resolve("Made.actors.txt"), """
                KARLAND [KRL]
                +KARLANDER
                RED_HAND_FRONT [KRLREBRHF]
                TOMAS_QUILLBY_
                \t[KRLGOV 20010301-20050630]
                \t[KRL]
                """);
        Files.writeString(petrarch.resolve("Made.agents.txt"), "HARBOUR_MASTER [~GOV]\nCOASTGUARD [~MIL]\n");
        Files.writeString(petrarch.resolve("Made.verbs.txt"), """
                &PACT
                +ACCORD
                +TREATY
                --- SEAL [057] ---
                SEAL
                CALL_OFF [192]
                - * &PACT WITH [057]
                - * TO FINISH [031]
                """);
        roundTrips(PetrarchFolder.load(petrarch, DEFAULT.cameo()).additions());
    }

    @Test
    void phoenixDictionariesRoundTrip() {
        roundTrips(PetrarchFolder.load(PetrarchReferenceTest.shared("data/reference/petrarch2_dictionaries"),
                DEFAULT.cameo()).additions());
    }

    private void roundTrips(Additions converted) {
        DictionaryWriter.write(converted, vigil, "test");
        Additions loaded = DEFAULT.readAdditions(vigil);
        assertThat(loaded.countries()).isEqualTo(converted.countries());
        assertThat(loaded.organizations()).isEqualTo(converted.organizations());
        assertThat(loaded.people()).isEqualTo(converted.people());
        assertThat(loaded.roles()).isEqualTo(converted.roles());
        assertThat(withoutSource(loaded.verbs())).isEqualTo(withoutSource(converted.verbs()));
        assertThat(converted.verbs()).isNotEmpty();
    }

    /** Where a pattern was read from is not an entry's content. */
    private static List<TriggerPattern> withoutSource(List<TriggerPattern> patterns) {
        return patterns.stream().map(p -> new TriggerPattern(p.code(), p.noun(), p.lemma(), p.markers(), p.objects(),
                p.clauses(), p.options(), p.impliedAgent(), "-")).toList();
    }
}
