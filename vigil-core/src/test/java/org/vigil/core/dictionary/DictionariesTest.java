package org.vigil.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.cameo.CameoCode;

class DictionariesTest {
    private static final Dictionaries DEFAULT = Dictionaries.loadDefault();
    private static final List<String> FILES = List.of("cameo.tsv", "countries.tsv", "organizations.tsv",
            "memberships.tsv", "people.tsv", "roles.tsv", "places.tsv", "verbs.tsv", "future.tsv",
            "domains.tsv");

    @Test
    void ontologyHasEveryCodebookCodeWithScoresAndClasses() {
        assertThat(DEFAULT.cameo().all()).hasSizeGreaterThanOrEqualTo(310);
        CameoCode shelling = DEFAULT.cameo().get("194");
        assertThat(shelling.goldstein()).isEqualTo(-10.0);
        assertThat(shelling.quadClass()).isEqualTo(4);
        assertThat(shelling.plover()).isEqualTo("ASSAULT");
        assertThat(DEFAULT.cameo().get("057").plover()).isEqualTo("SUPPORT");
        assertThat(DEFAULT.cameo().get("0211").plover()).isEqualTo("REQUEST");
        assertThat(DEFAULT.cameo().get("010").plover()).isNull();
    }

    @Test
    void everyIsoStateIsNamed() {
        assertThat(DEFAULT.countries()).hasSizeGreaterThanOrEqualTo(249);
        assertThat(DEFAULT.countries().stream().filter(c -> c.code().equals("BLR")).findFirst().orElseThrow().names())
                .contains("Belarus");
    }

    @Test
    void triggersCoverAllRootsAndManyCodes() {
        Set<String> codes = lines("verbs.tsv").stream().map(l -> l.get(0)).collect(Collectors.toSet());
        assertThat(codes.stream().filter(c -> c.length() >= 3).count()).isGreaterThanOrEqualTo(150);
        assertThat(codes.stream().map(c -> c.substring(0, 2)).collect(Collectors.toSet())).hasSize(20);
    }

    @Test
    void organisationsIncludeTheSecurityBlocs() {
        Set<String> ids = DEFAULT.organizations().stream().map(o -> o.entity()).collect(Collectors.toSet());
        assertThat(ids).contains("UN", "NATO", "CSTO", "EU", "OSCE", "SCO", "CIS", "EAEU", "AU", "ASEAN", "ARL",
                "GCC", "OAS", "G7", "G20", "BRICS", "IAEA", "ICC", "ICRC", "IMF", "WB");
        assertThat(DEFAULT.organizations().stream().filter(o -> o.kind().equals("IGO")).count())
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void membershipsFollowDates() {
        LocalDate before = LocalDate.of(2022, 1, 1);
        LocalDate after = LocalDate.of(2024, 1, 1);
        assertThat(isMember("NATO", "FIN", before)).isFalse();
        assertThat(isMember("NATO", "FIN", after)).isTrue();
        assertThat(isMember("CSTO", "BLR", after)).isTrue();
        assertThat(isMember("EU", "GBR", LocalDate.of(2019, 1, 1))).isTrue();
        assertThat(isMember("EU", "GBR", LocalDate.of(2021, 1, 1))).isFalse();
    }

    private static boolean isMember(String org, String state, LocalDate on) {
        return DEFAULT.memberships().stream().filter(m -> m.organization().equals(org) && m.member().equals(state))
                .filter(m -> m.status().equals("member")).anyMatch(m -> m.holdsOn(on));
    }

    @Test
    void peopleAreCodedForTheirTerms() {
        assertThat(DEFAULT.people().stream().filter(p -> p.names().contains("Aleksandr Lukashenko"))
                .anyMatch(p -> p.entity().equals("BLR") && "GOV".equals(p.role()))).isTrue();
        assertThat(DEFAULT.people().stream().map(p -> p.entity()).filter(e -> e.length() == 3).distinct().count())
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void historyCoversTheHeadsAndMinistersOfTheNineties() {
        LocalDate midNineties = LocalDate.of(1995, 6, 1);
        for (String state : List.of("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN", "IND", "PAK", "ISR")) {
            assertThat(DEFAULT.people().stream()
                    .filter(p -> p.entity().equals(state) && "GOV".equals(p.role()) && p.holdsOn(midNineties))
                    .count()).as(state).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void mainPartiesOfLargeDemocraciesAreKnownByTheirShortNames() {
        Set<String> british = DEFAULT.organizations().stream().filter(o -> o.entity().equals("GBR"))
                .filter(o -> "PTY".equals(o.role())).flatMap(o -> o.names().stream()).collect(Collectors.toSet());
        assertThat(british).contains("Labour", "Conservatives", "Plaid Cymru", "Lib Dems", "SNP");
    }

    @Test
    void noOrganisationNameStandsForTwoActors() {
        Map<String, Set<String>> actors = new HashMap<>();
        DEFAULT.organizations().forEach(o -> o.names().forEach(n -> actors
                .computeIfAbsent(n, k -> new TreeSet<>()).add(o.entity() + ":" + o.role())));
        assertThat(actors.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .isEmpty();
    }

    @Test
    void aBadLineInAnyFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        Files.writeString(dir.resolve("memberships.tsv"), "# org member status from to\nNATO\tFIN\tally\t-\t-\n");
        assertThatThrownBy(() -> Dictionaries.load(dir))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("memberships.tsv:2: status must be one of");
    }

    @Test
    void membershipOfUnknownOrganisationIsRejected(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        Files.writeString(dir.resolve("memberships.tsv"), "NOPE\tFIN\tmember\t-\t-\n");
        assertThatThrownBy(() -> Dictionaries.load(dir))
                .hasMessage("memberships.tsv:1: organisation 'NOPE' is not in organizations.tsv");
    }

    private static void copyDefaults(Path dir) throws IOException {
        for (String f : FILES) {
            try (InputStream in = DictionariesTest.class.getResourceAsStream("/dictionaries/" + f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
    }

    private static List<TsvLine> lines(String file) {
        try (InputStream in = DictionariesTest.class.getResourceAsStream("/dictionaries/" + file)) {
            return TsvReader.read(file, in, 4);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
