package org.vigil.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.actors.RoleNoun;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.verbs.TriggerPattern;

class PetrarchFolderTest {
    private static final Dictionaries DEFAULT = Dictionaries.loadDefault();

    @TempDir
    Path folder;

    private PetrarchFolder.Loaded load(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
        return PetrarchFolder.load(folder, DEFAULT.cameo());
    }

    @Test
    void readsDatedCodesAsOfficeTermsWithTheUndatedCodeLast() throws IOException {
        PetrarchFolder.Loaded loaded = load("Test.actors.txt", """
                TOMAS_QUILLBY_  # a made-up person
                +QUILLBY
                \t[KRL]
                \t[KRLGOV 20010301 - 20050630]
                \t[KRLOPP >050701]
                \t[KRLMIL <010301]
                """);
        List<OfficeTerm> people = loaded.additions().people();
        assertThat(people).extracting(OfficeTerm::role).containsExactly("GOV", "OPP", "MIL", null);
        assertThat(people.get(0).names()).containsExactly("Tomas Quillby", "Quillby", "QUILLBY");
        assertThat(people.get(0).from()).isEqualTo(LocalDate.of(2001, 3, 1));
        assertThat(people.get(0).to()).isEqualTo(LocalDate.of(2005, 6, 30));
        assertThat(people.get(1).from()).isEqualTo(LocalDate.of(2005, 7, 1));
        assertThat(people.get(2).to()).isEqualTo(LocalDate.of(2001, 2, 28));
        assertThat(people).allMatch(t -> t.entity().equals("KRL"));
        assertThat(loaded.report().taken(ActorsReader.KIND)).isEqualTo(1);
    }

    @Test
    void readsUndatedStatesIntoOneCountryAndOtherCodesAsOrganizations() throws IOException {
        PetrarchFolder.Loaded loaded = load("Test.actors.txt", """
                <!-- a block comment
                     over two lines [XXX] -->
                KARLAND [KRL]
                +KARLANDER_
                KARLAND_CITY [krl]
                RED_HAND_FRONT [KRLREBRHF]
                UNITED_NATIONS [IGOUNO]
                """);
        List<Country> countries = loaded.additions().countries();
        assertThat(countries).hasSize(1);
        assertThat(countries.get(0).code()).isEqualTo("KRL");
        assertThat(countries.get(0).names()).containsExactly("Karland", "KARLAND", "Karlander", "KARLANDER",
                "Karland City");
        assertThat(loaded.additions().organizations())
                .extracting(Organization::entity, Organization::role, Organization::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KRL", "REB", "ARMED"),
                        org.assertj.core.groups.Tuple.tuple("IGOUNO", null, "IGO"));
    }

    @Test
    void reportsBadActorLinesByFileAndLineAndKeepsTheRest() throws IOException {
        PetrarchFolder.Loaded loaded = load("Bad.actors.txt", """
                \t[KRL]
                KARLAND [KRL 20201301-20210101]
                OSTMARK [+++]
                NORDLAND [NRD]
                """);
        assertThat(loaded.report().problems()).satisfiesExactly(
                p -> assertThat(p).startsWith(folder.resolve("Bad.actors.txt") + ":1: a code with no name"),
                p -> assertThat(p).contains("Bad.actors.txt:2: "),
                p -> assertThat(p).contains("Bad.actors.txt:3: not a PETRARCH actor code: '+++'"));
        assertThat(loaded.additions().countries()).extracting(Country::code).containsExactly("NRD");
    }

    @Test
    void readsAgentsWithSubstitutionsAndLeavesOutRolesVigilDoesNotHave() throws IOException {
        PetrarchFolder.Loaded loaded = load("Test.agents.txt", """
                !PERSON! = MAN, WOMAN
                HARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]  # made up
                COAST!PERSON! [~MIL]
                SHEEP_FARMER [~AGR]
                CHARITY_WORKER [NGO~]
                JUST WORDS WITHOUT CODE
                """);
        assertThat(loaded.additions().roles()).extracting(RoleNoun::lemmas, RoleNoun::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("harbour", "master"), "GOV"),
                org.assertj.core.groups.Tuple.tuple(List.of("coastman"), "MIL"),
                org.assertj.core.groups.Tuple.tuple(List.of("coastwoman"), "MIL"));
        LoadReport report = loaded.report();
        assertThat(report.taken(AgentsReader.KIND)).isEqualTo(2);
        assertThat(report.leftOut(AgentsReader.KIND, "role not among Vigil's (AGR)")).isEqualTo(1);
        assertThat(report.leftOut(AgentsReader.KIND, "code before the actor (XXX~)")).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().contains("Test.agents.txt:6: not an agent");
    }

    @Test
    void readsVerbBlocksAndMapsPatternsThatHaveADependencyEquivalent() throws IOException {
        PetrarchFolder.Loaded loaded = load("Test.verbs.txt", """
                &PACT
                +ACCORD
                +PEACE_TREATIES
                --- SEAL [---] ---
                SEAL {SEALS SEALED}
                CLINCH
                - * &PACT [057]   # object from a synset
                - * OFF [191]     # particle
                - * TO FINISH [031]
                - $ * + [043]
                - WAS SAID TO * [010]
                - * FOR &PACT [020]
                - * ABOUT [0999]
                --- HAIL [018] ---
                HAIL
                """);
        List<TriggerPattern> verbs = loaded.additions().verbs();
        List<TriggerPattern> seal = verbs.stream().filter(p -> p.lemma().equals("seal")).toList();
        assertThat(seal).extracting(p -> p.code().code()).containsExactly("057", "191", "031", "043");
        assertThat(verbs).filteredOn(p -> p.lemma().equals("clinch")).hasSize(4);
        assertThat(seal.get(0).objects()).containsExactlyInAnyOrder("accord", "treaties", "treaty");
        assertThat(seal.get(1).markers()).containsExactly(Set.of("off"));
        assertThat(seal.get(2).clauses()).containsExactly("finish");
        assertThat(seal.get(3).specificity()).isZero();
        assertThat(verbs).filteredOn(p -> p.lemma().equals("hail")).singleElement()
                .satisfies(p -> assertThat(p.code().code()).isEqualTo("018"));
        LoadReport report = loaded.report();
        assertThat(report.taken(VerbsReader.PATTERNS)).isEqualTo(4);
        assertThat(report.leftOut(VerbsReader.PATTERNS, "words before the verb")).isEqualTo(1);
        assertThat(report.leftOut(VerbsReader.PATTERNS, "noun after a preposition")).isEqualTo(1);
        assertThat(report.leftOut(VerbsReader.PATTERNS, "not a CAMEO code")).isEqualTo(1);
        assertThat(report.summary()).contains("verb patterns: 4 taken, 3 left out (words before the verb 1, "
                + "noun after a preposition 1, not a CAMEO code 1)");
    }

    @Test
    void namesFilesItDoesNotRead() throws IOException {
        PetrarchFolder.Loaded loaded = load("Test.discards.txt", "SOME WORDS\n");
        assertThat(loaded.report().leftOut("files")).isEqualTo(1);
        assertThat(PetrarchFolder.holdsPetrarch(folder)).isFalse();
    }
}
