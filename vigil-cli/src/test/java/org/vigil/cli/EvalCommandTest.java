package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.CodeCommandTest.CONDEMNED;
import static org.vigil.cli.CodeCommandTest.NEGATED;
import static org.vigil.cli.CodeCommandTest.SHELLED;
import static org.vigil.cli.CodeCommandTest.SHELLED_PASSIVE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil eval} with the real engine. The gold items use the sentences of {@link CodeCommandTest}, whose coding is
 * pinned: SHELLED and SHELLED_PASSIVE give RUS:MIL -> UKR 194, CONDEMNED gives FRA -> IRN 111 and DEU -> IRN 111,
 * NEGATED gives nothing.
 */
class EvalCommandTest {
    @TempDir
    Path dir;

    private Path gold(String content) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), content, StandardCharsets.UTF_8);
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    @Test
    void printsTheHeadlineFiguresAndEndsWithTheF1Line() throws IOException {
        // 3 gold, 3 predicted, 2 matched at entity level: P = R = F1 = 0.667.
        // g1 has the wrong role and code (gold RUS 195, got RUS:MIL 194), g2 one match (FRA -> IRN 111), one miss
        // (IRN -> DEU) and one false positive (DEU -> IRN); g3 nothing. Roles and full code: 1 of 3 = 0.333.
        Path file = gold("""
                {"id": "g1", "date": "2024-03-05", "text": "%s", "events": [{"source": "RUS", "target": "UKR", "code": "195"}]}
                {"id": "g2", "date": "2024-03-04", "text": "%s", "events": [{"source": "FRA", "target": "IRN", "code": "111"}, {"source": "IRN", "target": "DEU", "code": "111"}]}
                {"id": "g3", "date": "2024-03-05", "text": "%s", "events": []}
                """.formatted(SHELLED, CONDEMNED, NEGATED));

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("entity (headline)", "with roles", "with full code", "By CAMEO root");
        assertThat(run.out()).contains("3 items (2 with events, 1 without); 3 sentences coded in ");
        assertThat(run.out()).containsPattern("entity \\(headline\\)\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+2\\s+3\\s+3");
        assertThat(run.out()).containsPattern("with roles\\s+0\\.333\\s+0\\.333\\s+0\\.333\\s+1\\s+3\\s+3");
        assertThat(run.out()).containsPattern("with full code\\s+0\\.333\\s+0\\.333\\s+0\\.333\\s+1\\s+3\\s+3");
        assertThat(run.out()).containsPattern("11  DISAPPROVE\\s+2\\s+1\\s+0\\.500\\s+2\\s+0\\.500");
        assertThat(run.out()).containsPattern("19  FIGHT\\s+1\\s+1\\s+1\\.000\\s+1\\s+1\\.000");
        assertThat(run.out()).doesNotContain("PLOVER:");
        assertThat(last(run.outLines())).isEqualTo("F1=0.667");
    }

    @Test
    void verboseShowsMissesFalsePositivesAndPartialMatchesWithTheText() throws IOException {
        Path file = gold("""
                {"id": "g1", "date": "2024-03-05", "text": "%1$s", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "195"}]}
                {"id": "g2", "date": "2024-03-04", "text": "%2$s", "events": [{"source": "FRA:GOV", "target": "IRN", "code": "111"}, {"source": "DEU", "target": "IRN", "code": "111"}, {"source": "IRN", "target": "FRA", "code": "111"}]}
                {"id": "g3", "date": "2024-03-05", "text": "%3$s", "events": []}
                {"id": "g4", "date": "2024-03-04", "text": "%2$s", "events": [{"source": "FRA", "target": "IRN", "code": "111"}, {"source": "DEU", "target": "IRN", "code": "111"}]}
                {"id": "g5", "date": "2024-03-05", "text": "%4$s", "events": []}
                """.formatted(SHELLED, CONDEMNED, SHELLED_PASSIVE, NEGATED));

        Run run = Run.of("eval", file.toString(), "--verbose");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("-- g1 (2024-03-05)", "   " + SHELLED,
                "   ~CODE  RUS:MIL -> UKR 195   got RUS:MIL -> UKR 194 [ASSAULT] \"shelled\"");
        assertThat(run.out()).contains("-- g2 (2024-03-04)", "   " + CONDEMNED, "   MISS   IRN -> FRA 111",
                "   ~ROLE  FRA:GOV -> IRN 111   got FRA -> IRN 111 [ACCUSE] \"condemned\"");
        assertThat(run.out()).doesNotContain("DEU -> IRN");
        assertThat(run.out()).contains("-- g3 (2024-03-05)", "   " + SHELLED_PASSIVE,
                "   EXTRA  RUS:MIL -> UKR 194 [ASSAULT] \"shelled\"");
        assertThat(run.out()).doesNotContain("-- g4", "-- g5");
        assertThat(run.out()).contains("3 of 5 items with a miss, a false positive or a partial match");
        assertThat(run.out()).containsPattern("entity \\(headline\\)\\s+0\\.833\\s+0\\.833\\s+0\\.833\\s+5\\s+6\\s+6");
        assertThat(last(run.outLines())).isEqualTo("F1=0.833");
    }

    @Test
    void aPloverOnlySetIsScoredAtThePloverLevel() throws IOException {
        // p1 and p2 (any source) match; p3 (any target) has the wrong type: 2 of 3
        Path file = gold("""
                {"id": "p1", "date": "2000-01-01", "text": "%1$s", "events": [{"source": "RUS", "target": "UKR", "plover": "ASSAULT"}]}
                {"id": "p2", "date": "2000-01-01", "text": "%2$s", "events": [{"source": "*", "target": "UKR", "plover": "ASSAULT"}]}
                {"id": "p3", "date": "2000-01-01", "text": "%1$s", "events": [{"source": "RUS", "target": "*", "plover": "COERCE"}]}
                """.formatted(SHELLED, SHELLED_PASSIVE));

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("plover (headline)", "By PLOVER type").doesNotContain("CAMEO:");
        assertThat(run.out()).containsPattern("plover \\(headline\\)\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+2\\s+3\\s+3");
        assertThat(run.out()).containsPattern("ASSAULT\\s+2\\s+2\\s+1\\.000\\s+3\\s+0\\.667");
        assertThat(run.out()).containsPattern("COERCE\\s+1\\s+0\\s+0\\.000\\s+0\\s+-");
        assertThat(last(run.outLines())).isEqualTo("F1=0.667");
    }

    @Test
    void badGoldLinesAreReportedAndTheRestIsScored_withStatusOne() throws IOException {
        Path file = gold("""
                {"id": "g1", "text": "%1$s", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "194"}]}
                {"id": "g2", "text": "%1$s"}
                {"id": "g3", "text": "%1$s", "events": [{"target": "UKR", "code": "194"}]}
                """.formatted(SHELLED));

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.errLines()).containsExactly(
                file + ":2: missing events (use [] for an item with none)",
                file + ":3: event 1: missing source");
        assertThat(run.out()).contains("1 items (1 with events, 0 without)");
        assertThat(last(run.outLines())).isEqualTo("F1=1.000");
    }

    @Test
    void anEmptyGoldFileIsReportedByName() throws IOException {
        Path file = gold("\n");

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.err()).contains(file.toString(), "no gold items");
    }
}
